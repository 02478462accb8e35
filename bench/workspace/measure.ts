// What the workspace benchmark measures in the page: first screen, scroll frame times, heap.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BrowserSession } from '../../test/e2e/support/browser';

/**
 * A page showing the story: when its first rows were painted and when the whole story (every row, ready for
 * alignment editing) was drawn, both in ms from navigation start, and how many rows exist and are drawn.
 */
export interface FirstScreen {
  page: Page;
  errors: string[];
  ms: number;
  readyMs: number;
  rows: number;
  drawn: number;
}

interface PageMarks {
  firstRow: number | null;
  ready: number | null;
}

/**
 * Opens the story and reads, from the page's own clock, when its first row was painted (Element Timing on the first
 * drawn paragraph) and when the grid held all `totalRows` rows (the frame after it did).
 */
export async function measureFirstScreen(
  browser: BrowserSession,
  url: string,
  route: string,
  totalRows: number,
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
  await page.addInitScript((total: number) => {
    const marks: PageMarks = { firstRow: null, ready: null };
    Object.defineProperty(window, '__benchMarks', { value: marks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        identifier?: string;
        renderTime?: number;
      })[]) {
        if (entry.identifier === 'first-row' && marks.firstRow === null)
          marks.firstRow = entry.renderTime ?? null;
      }
    }).observe({ type: 'element', buffered: true });
    new MutationObserver(() => {
      const paragraph = document.querySelector('.version-grid .paragraph');
      if (paragraph && !document.querySelector('[elementtiming="first-row"]'))
        paragraph.setAttribute('elementtiming', 'first-row');
      const grid = document.querySelector<HTMLElement>('.version-grid');
      if (marks.ready === null && grid?.dataset.rows === String(total))
        requestAnimationFrame(() => (marks.ready ??= performance.now()));
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-rows'],
    });
  }, totalRows);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const stop = hook ? await hook(page) : null;
  await page.goto(new URL(route, url).href);
  await page
    .locator(`.version-grid[data-rows="${totalRows}"] .paragraph`)
    .first()
    .waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __benchMarks: PageMarks }).__benchMarks;
      return marks.firstRow !== null && marks.ready !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
  if (stop) await stop();
  const { rows, drawn, marks } = await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('.version-grid');
    const found = (window as unknown as { __benchMarks: PageMarks }).__benchMarks;
    return { rows: Number(grid?.dataset.rows), drawn: Number(grid?.dataset.drawn), marks: { ...found } };
  });
  return { page, errors, ms: marks.firstRow ?? NaN, readyMs: marks.ready ?? NaN, rows, drawn };
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
      const started = performance.now();
      const tick = (now: number) => {
        if (last > 0) frames.push(now - last);
        last = now;
        const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        // A page that never lets the scroll reach its end must not hang the benchmark: two minutes at most.
        if (bottom || frames.length > 20_000 || now - started > 120_000) {
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
