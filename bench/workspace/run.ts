// Workspace benchmark: how fast a 5,000-paragraph, three-version story opens and scrolls in the review grid.
// Run: npm run bench:workspace   (node scripts/run-ts.mjs bench/workspace/run.ts [--paragraphs N])
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
import { measureFirstScreen, measureHeap, measureScroll, profiled } from './measure';
import { mb, ms, percentile } from './stats';
import { writeStory } from './story';

const argAt = process.argv.indexOf('--paragraphs');
const PARAGRAPHS = argAt > 0 ? Number(process.argv[argAt + 1]) : 5000;
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
  await handlers['alignment.get']({ projectId: project.id, documentId });
  console.log(`alignment in main: ${Math.round(performance.now() - started)} ms`);
  const quotesStarted = performance.now();
  await handlers['quotes.get']({ projectId: project.id, documentId });
  console.log(`quotes in main: ${Math.round(performance.now() - quotesStarted)} ms`);

  const dir = await rendererDir();
  const bridge = await startBridge({ handlers, rendererDir: dir });
  const browser = await launchBrowser();
  try {
    const route = `/#/project/${project.id}/doc/${documentId}`;
    // First open: main aligns the versions and finds the quotes, then the grid draws.
    const cold = await measureFirstScreen(browser, bridge.url, route);
    await cold.page.close();
    // Opening it again: main answers from its caches, so this is the renderer's own first screen.
    const warm = await measureFirstScreen(browser, bridge.url, route);
    console.log(`rows: ${warm.rows}, drawn at first screen: ${warm.drawn}`);
    console.log(`first open (main aligns and finds quotes): ${Math.round(cold.ms)} ms`);
    console.log(`first screen: ${Math.round(warm.ms)} ms`);

    // BENCH_PROFILE=1 also prints where the page's JavaScript spent its time while scrolling.
    const scroll = process.env.BENCH_PROFILE
      ? await profiled(warm.page, () => measureScroll(warm.page))
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
