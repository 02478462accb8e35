import { readFile } from 'node:fs/promises';
import { afterEach } from 'vitest';
import { AlignmentCache } from '../../electron/backend/alignment-cache';
import { createHandlers, type HandlerDeps } from '../../electron/backend/handlers';
import { QuotesCache } from '../../electron/backend/quotes-cache';
import { ProjectStore } from '../../electron/backend/store/project-store';
import type { Channel } from '../../shared/ipc/channels';
import type { ArgsOf, IpcHandlers, ResultOf } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { IpcResult } from '../../shared/ipc/result';
import { corpusPath, stripCorpusHeader } from './paths';

/** The real handlers on a real store, called through the validating dispatcher every transport uses. */
export interface HandlerHarness {
  dataDir: string;
  store: ProjectStore;
  handlers: IpcHandlers;
  alignmentCache: AlignmentCache;
  quotesCache: QuotesCache;
  call<C extends Channel>(channel: C, arg: ArgsOf<C>): Promise<ResultOf<C>>;
}

/**
 * Returns a starter for harnesses; pending debounced saves are flushed after each test, before the temp folders go
 * (call this after `useTempDirs`, so its hook runs first).
 */
export function useHandlerHarness(): (
  dataDir: string,
  overrides?: Partial<HandlerDeps>,
) => Promise<HandlerHarness> {
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.flush()));
  });
  return async (dataDir, overrides = {}) => {
    const store = await ProjectStore.open({ dataDir, debounceMs: 5 });
    stores.push(store);
    const alignmentCache = new AlignmentCache();
    const quotesCache = new QuotesCache();
    const handlers = createHandlers({
      store,
      appInfo: { name: 'Verbatim', version: '0.0.0-test', platform: 'linux' },
      systemLanguages: () => ['en-US'],
      pickFiles: async () => [],
      alignmentCache,
      quotesCache,
      ...overrides,
    });
    async function call<C extends Channel>(channel: C, arg: ArgsOf<C>): Promise<ResultOf<C>> {
      const result = (await dispatch(handlers, channel, arg)) as IpcResult<ResultOf<C>>;
      if (!result.ok) {
        throw new Error(`${channel} failed: ${result.error.code} ${JSON.stringify(result.error.params)}`);
      }
      return result.value;
    }
    return { dataDir, store, handlers, alignmentCache, quotesCache, call };
  };
}

/** A project with one story made of corpus texts of set 001 (headers stripped), imported as the app imports files. */
export async function importCorpusStory(
  call: HandlerHarness['call'],
  files: string[],
): Promise<{ projectId: string; documentId: string }> {
  const { id: projectId } = await call('projects.create', { name: 'Putin and Li' });
  let documentId: string | null = null;
  for (const file of files) {
    const text = stripCorpusHeader(await readFile(corpusPath(`001-putin-li-2023/${file}`), 'utf8'));
    const out: ResultOf<'import.bytes'> = await call('import.bytes', {
      projectId,
      documentId,
      fileName: file,
      dataBase64: Buffer.from(text, 'utf8').toString('base64'),
    });
    documentId = out.imported[0]?.documentId ?? documentId;
  }
  return { projectId, documentId: documentId ?? '' };
}
