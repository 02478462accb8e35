// Workspace benchmark: how fast a 5,000-paragraph, three-version story opens and scrolls in the review grid.
// Run: npm run bench:workspace   (node scripts/run-ts.mjs bench/workspace/run.ts [--paragraphs N])
// Options (environment): BENCH_PARAGRAPHS=N (same as --paragraphs, for quicker runs), BENCH_RUNS=N (how many warm
// first screens to time; the median and each figure are printed), BENCH_PROFILE=1 (where the page's JavaScript
// spends its time while opening and scrolling), VERBATIM_RENDERER_DIR (an existing renderer build to use).
//
// The story is built from real corpus text (../shared/corpus, read at run time, written only to a temp folder),
// stored through the real main-process handlers in a temp data folder, and opened in headless Chromium through the
// loopback bridge the end-to-end tests use. The renderer is built fresh into a temp folder with Vite, so the figures
// always describe the current source (set VERBATIM_RENDERER_DIR to reuse an existing build instead).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { AlignmentCache } from '../../electron/backend/alignment-cache';
import { createHandlers } from '../../electron/backend/handlers';
import { QuotesCache } from '../../electron/backend/quotes-cache';
import { ProjectStore } from '../../electron/backend/store/project-store';
import { startBridge } from '../../test/e2e/support/bridge';
import { launchBrowser } from '../../test/e2e/support/browser';
import type { Page } from 'playwright-core';
import { measureFirstScreen, measureHeap, measureScroll, profiled, startProfile, traceIpc } from './measure';
import { mb, ms, percentile } from './stats';
import { writeStory } from './story';

const argAt = process.argv.indexOf('--paragraphs');
const PARAGRAPHS = argAt > 0 ? Number(process.argv[argAt + 1]) : Number(process.env.BENCH_PARAGRAPHS ?? 5000);
const temps: string[] = [];
const temp = async (name: string) => {
  const dir = await mkdtemp(join(tmpdir(), `verbatim-bench-${name}-`));
  temps.push(dir);
  return dir;
};

async function rendererDir(): Promise<string> {
  const given = process.env.VERBATIM_RENDERER_DIR;
  if (given) return given;
  const outDir = await temp('renderer');
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

try {
  const inputs = await temp('inputs');
  const paths = writeStory(inputs, PARAGRAPHS);
  const dataDir = await temp('data');
  const store = await ProjectStore.open({ dataDir, debounceMs: 50 });
  const handlers = createHandlers({
    store,
    appInfo: { name: 'Verbatim', version: 'bench', platform: 'linux' },
    systemLanguages: () => ['en-US'],
    pickFiles: async () => paths,
    alignmentCache: new AlignmentCache(),
    quotesCache: new QuotesCache(),
  });
  const project = await handlers['projects.create']({ name: 'Workspace benchmark' });
  const outcome = await handlers['import.pickFiles']({ projectId: project.id, documentId: null });
  const documentId = outcome.imported[0]?.documentId;
  if (!documentId || outcome.failed.length > 0)
    throw new Error(`import failed: ${JSON.stringify(outcome.failed)}`);
  await store.flush();
  const doc = (await handlers['projects.open']({ projectId: project.id })).documents[0];
  console.log(
    `story: ${PARAGRAPHS} paragraphs × ${doc?.versions.length} versions, ` +
      `${doc?.versions.map((v) => v.sentences.length).join(' / ')} sentences`,
  );

  // Align once here, so an engine failure shows as itself rather than as a page that never draws.
  const started = performance.now();
  const totalRows = (await handlers['alignment.get']({ projectId: project.id, documentId })).rows.length;
  console.log(`alignment in main: ${Math.round(performance.now() - started)} ms`);
  const quotesStarted = performance.now();
  const quotes = await handlers['quotes.get']({ projectId: project.id, documentId });
  console.log(`quotes in main: ${Math.round(performance.now() - quotesStarted)} ms`);
  // What the renderer receives: the head before its first screen, the rest before the whole story is ready.
  const sizes = {
    head: (await handlers['document.head']({ projectId: project.id, documentId })) as unknown,
    project: (await handlers['projects.open']({ projectId: project.id })) as unknown,
    alignment: (await handlers['alignment.get']({ projectId: project.id, documentId })) as unknown,
    quotes: quotes as unknown,
  };
  console.log(
    `IPC answers (JSON): ${Object.entries(sizes)
      .map(([name, value]) => `${name} ${mb(JSON.stringify(value).length)}`)
      .join(', ')}`,
  );
  if (process.env.BENCH_PROFILE) {
    const parts = quotes?.versions.flatMap((v) =>
      Object.entries(v).map(([key, value]) => `${key} ${mb(JSON.stringify(value ?? null).length)}`),
    );
    console.log(
      `  quotes by field: ${parts?.join(', ')}; quotes per version: ${quotes?.versions.map((v) => v.quotes.length).join(' / ')}`,
    );
  }

  const dir = await rendererDir();
  const bridge = await startBridge({ handlers, rendererDir: dir });
  const browser = await launchBrowser();
  try {
    const route = `/#/project/${project.id}/doc/${documentId}`;
    // First open: main aligns the versions and finds the quotes, then the grid draws.
    const cold = await measureFirstScreen(browser, bridge.url, route, totalRows);
    await cold.page.close();
    // Opening it again: main answers from its caches, so this is the renderer's own first screen. A busy machine
    // makes single figures noisy, so BENCH_RUNS opens it several times and the median is the figure.
    const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
    const profile = process.env.BENCH_PROFILE
      ? async (page: Page) => {
          const printIpc = traceIpc(page);
          const stop = await startProfile(page, 'first screen, JavaScript self time');
          return async () => {
            await stop();
            printIpc();
          };
        }
      : undefined;
    const times: number[] = [];
    const readies: number[] = [];
    let warm = await measureFirstScreen(browser, bridge.url, route, totalRows, profile);
    times.push(warm.ms);
    readies.push(warm.readyMs);
    for (let i = 1; i < runs; i++) {
      await warm.page.close();
      warm = await measureFirstScreen(browser, bridge.url, route, totalRows);
      times.push(warm.ms);
      readies.push(warm.readyMs);
    }
    console.log(`rows: ${warm.rows}, drawn at first screen: ${warm.drawn}`);
    console.log(
      `first open (main aligns and finds quotes): first screen ${Math.round(cold.ms)} ms, ` +
        `whole story ${Math.round(cold.readyMs)} ms`,
    );
    const median = (xs: number[]) =>
      Math.round(
        percentile(
          [...xs].sort((a, b) => a - b),
          0.5,
        ),
      );
    if (runs > 1) {
      console.log(`first screens: ${times.map((x) => Math.round(x)).join(', ')} ms`);
      console.log(`whole story drawn: ${readies.map((x) => Math.round(x)).join(', ')} ms`);
    }
    // From navigation start: the first rows painted (from the story's head), then every row drawn and editable.
    console.log(`first screen: ${median(times)} ms`);
    console.log(`whole story ready: ${median(readies)} ms`);
    const opened = await measureHeap(warm.page);
    console.log(`at first screen: JS heap ${mb(opened.used)} used; DOM nodes: ${opened.nodes}`);

    // BENCH_PROFILE=1 also prints where the page's JavaScript spent its time while scrolling.
    const scroll = process.env.BENCH_PROFILE
      ? await profiled(warm.page, 'scrolling, JavaScript self time', () => measureScroll(warm.page))
      : await measureScroll(warm.page);
    const frames = [...scroll.frames].sort((a, b) => a - b);
    console.log(
      `scroll frames: ${frames.length} over ${Math.round(scroll.distance)} px, ` +
        `p50 ${ms(percentile(frames, 0.5))}, p95 ${ms(percentile(frames, 0.95))}, max ${ms(frames.at(-1) ?? NaN)}, ` +
        `last row drawn: ${scroll.lastRowDrawn ? 'yes' : 'NO'}, rows drawn at the end: ${scroll.drawn}`,
    );
    const heap = await measureHeap(warm.page);
    console.log(`renderer JS heap: ${mb(heap.used)} used of ${mb(heap.total)}; DOM nodes: ${heap.nodes}`);
    if (warm.errors.length > 0) console.log(`page errors: ${warm.errors.join(' | ')}`);
    await warm.page.close();
  } finally {
    await browser.close();
    await bridge.close();
  }
} finally {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
}
