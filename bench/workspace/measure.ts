// What the workspace benchmark measures in the page: first screen, scroll frame times, heap.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BrowserSession } from '../../test/e2e/support/browser';

/** A page showing the story, how long its first rows took to appear, and how many rows exist and are drawn. */
export interface FirstScreen {
  page: Page;
  errors: string[];
  ms: number;
  rows: number;
  drawn: number;
}

/** Opens the story and times navigation until its first cell is visible. */
export async function measureFirstScreen(
  browser: BrowserSession,
  url: string,
  route: string,
  hook?: (page: Page) => Promise<() => Promise<void>>,
): Promise<FirstScreen> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  // The same window.api the app's tests install, wired to the bridge.
  await page.addInitScript((bridgeUrl: string) => {
    const invoke = async (channel: unknown, arg: unknown) => {
      const init: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
      if (arg !== undefined) init.body = JSON.stringify(arg);
      return (await fetch(`${bridgeUrl}/ipc/${encodeURIComponent(String(channel))}`, init)).json();
    };
    Object.defineProperty(window, 'api', { value: Object.freeze({ invoke }), enumerable: true });
  }, url);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const stop = hook ? await hook(page) : null;
  const start = performance.now();
  await page.goto(new URL(route, url).href);
  await page.locator('.version-grid .paragraph').first().waitFor({ state: 'visible', timeout: 120_000 });
  const elapsed = performance.now() - start;
  if (stop) await stop();
  const { rows, drawn } = await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('.version-grid');
    return { rows: Number(grid?.dataset.rows), drawn: Number(grid?.dataset.drawn) };
  });
  return { page, errors, ms: elapsed, rows, drawn };
}

/**
 * Starts sampling the page's JavaScript; the returned function stops and prints the functions that took the most
 * self time (with a title), so a slow first screen or scroll points at its cause.
 */
export async function startProfile(page: Page, title: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    // BENCH_PROFILE_OUT=<prefix> keeps each whole profile (a .cpuprofile DevTools opens) for a closer look.
    const out = process.env.BENCH_PROFILE_OUT;
    if (out) writeFileSync(`${out}-${title.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    (profile.samples ?? []).forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      const key = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(`${title}:\n${top.map(([k, v]) => `  ${v.toFixed(0)} ms  ${k}`).join('\n')}`);
    await cdp.detach();
  };
}

/**
 * Records the page's IPC calls (through the bridge) until the returned function is called, which prints each call's
 * channel, when it was sent and answered (ms from the start) and the answer's size, so slow or bulky answers show.
 */
export function traceIpc(page: Page): () => void {
  const start = performance.now();
  const calls: string[] = [];
  const sent = new Map<unknown, number>();
  page.on('request', (request) => {
    if (request.url().includes('/ipc/')) sent.set(request, performance.now() - start);
  });
  page.on('requestfinished', (request) => {
    const at = sent.get(request);
    if (at === undefined) return;
    const channel = decodeURIComponent(request.url().split('/ipc/')[1] ?? '');
    void request.sizes().then(
      (sizes) => {
        const done = performance.now() - start;
        calls.push(
          `  ${channel}: sent ${at.toFixed(0)} ms, answered ${done.toFixed(0)} ms, ${sizes.responseBodySize} bytes`,
        );
      },
      () => undefined,
    );
  });
  return () => console.log(`IPC calls:\n${calls.join('\n')}`);
}

/** Samples the page's JavaScript while `work` runs and prints the functions that took the most self time. */
export async function profiled<T>(page: Page, title: string, work: () => Promise<T>): Promise<T> {
  const stop = await startProfile(page, title);
  const result = await work();
  await stop();
  return result;
}

/** Frame-to-frame times while the page scrolls to the end by a fixed step each animation frame. */
export async function measureScroll(
  page: Page,
  step = 300,
): Promise<{ frames: number[]; distance: number; lastRowDrawn: boolean; drawn: number }> {
  return page.evaluate(async (stepPx: number) => {
    const frames: number[] = [];
    await new Promise<void>((done) => {
      let last = 0;
      const tick = (now: number) => {
        if (last > 0) frames.push(now - last);
        last = now;
        const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        if (bottom || frames.length > 20_000) {
          done();
          return;
        }
        window.scrollBy(0, stepPx);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const grid = document.querySelector<HTMLElement>('.version-grid');
    const rows = Number(grid?.dataset.rows);
    return {
      frames,
      distance: window.scrollY,
      lastRowDrawn: grid?.querySelector(`.row-controls[data-row="${rows - 1}"]`) !== null,
      drawn: Number(grid?.dataset.drawn),
    };
  }, step);
}

/** The renderer's JS heap and DOM size, from the DevTools protocol. */
export async function measureHeap(page: Page): Promise<{ used: number; total: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize'), nodes: value('Nodes') };
}
