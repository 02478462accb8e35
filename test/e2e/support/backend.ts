import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { repoRoot } from '../../support/paths';
import { expect } from 'vitest';
import { AlignmentCache } from '../../../electron/backend/alignment-cache';
import { createHandlers } from '../../../electron/backend/handlers';
import { QuotesCache } from '../../../electron/backend/quotes-cache';
import { ProjectStore } from '../../../electron/backend/store/project-store';
import { startBridge, type Bridge } from './bridge';
import type { PickFilesStub } from './pick-files';

/** The real main-process side of the app on a data folder, served to the browser through the loopback bridge. */
export interface AppBackend {
  store: ProjectStore;
  bridge: Bridge;
  alignments: AlignmentCache;
  quotes: QuotesCache;
  /** Writes pending saves and closes the bridge, as quitting the app would. */
  stop(): Promise<void>;
}

/** Starts the real handlers and store on `dataDir`, with the OS language English and a stubbed file dialog. */
export async function startAppBackend(
  dataDir: string,
  rendererDir: string,
  picker: PickFilesStub,
): Promise<AppBackend> {
  const store = await ProjectStore.open({ dataDir, debounceMs: 50 });
  const alignments = new AlignmentCache();
  const quotes = new QuotesCache();
  const handlers = createHandlers({
    store,
    appInfo: { name: 'Verbatim', version: 'e2e', platform: 'linux' },
    systemLanguages: () => ['en-US'],
    pickFiles: picker.pickFiles,
    alignmentCache: alignments,
    quotesCache: quotes,
  });
  const bridge = await startBridge({ handlers, rendererDir });
  return {
    store,
    bridge,
    alignments,
    quotes,
    stop: async () => {
      await store.flush();
      await bridge.close();
    },
  };
}

/** Creates a project from the library, opens it and imports `paths` as one new story through the file dialog. */
export async function createProjectWithStory(
  page: Page,
  picker: PickFilesStub,
  name: string,
  paths: string[],
): Promise<void> {
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name }).click();
  picker.queue(paths);
  await page.getByRole('button', { name: 'Import files…' }).click();
  await expect.poll(() => page.getByText(`Imported ${paths.length} files`).count()).toBe(1);
}

/**
 * The built renderer the end-to-end tests serve: `dist/renderer` after `npm run build`, or another build folder
 * named by VERBATIM_RENDERER_DIR (so parallel work can build and test without overwriting each other's build).
 */
export const builtRendererDir = process.env.VERBATIM_RENDERER_DIR ?? join(repoRoot, 'dist', 'renderer');
