import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/ipc/dispatch';
import { useTempDirs } from '../../support/temp-dir';
import { importCorpusStory, useHandlerHarness } from '../../support/handler-harness';

const tempDir = useTempDirs();
const backend = useHandlerHarness();

describe('document.head', () => {
  it('answers the first rows of the story main aligned, with the texts and quotes they need', async () => {
    const { call, alignmentCache, quotesCache } = await backend(await tempDir());
    const { projectId, documentId } = await importCorpusStory(call, [
      'en_reuters_early_timeslive.txt',
      'zh-Hant_cna_translation_of_reuters_1984bbs.txt',
    ]);
    const head = await call('document.head', { projectId, documentId, rows: 5 });
    const grid = await call('alignment.get', { projectId, documentId });
    const quotes = await call('quotes.get', { projectId, documentId });
    // The head was cut from the same alignment and quotes, computed once and then served from memory.
    expect(alignmentCache.computed).toBe(1);
    expect(quotesCache.computed).toBe(1);
    expect(head.grid.rows).toEqual(grid.rows.slice(0, 5));
    expect(head.totalRows).toBe(grid.rows.length);
    const project = await call('projects.open', { projectId });
    head.project.documents[0]?.versions.forEach((v, col) => {
      const whole = project.documents[0]?.versions[col];
      expect(whole?.text.startsWith(v.text)).toBe(true);
      const kept = head.quotes?.versions[col]?.quotes ?? [];
      expect(kept).toEqual(quotes.versions[col]?.quotes.slice(0, kept.length));
    });
    // Without a row count it sends a screenful, not the whole story.
    const plain = await call('document.head', { projectId, documentId });
    expect(plain.grid.rows.length).toBeGreaterThan(5);
    expect(plain.grid.rows.length).toBeLessThanOrEqual(grid.rows.length);
  });

  it('validates its arguments and reports an unknown story', async () => {
    const { call, handlers } = await backend(await tempDir());
    const { id: projectId } = await call('projects.create', { name: 'P' });
    for (const rows of [0, 201, 2.5, '5']) {
      const bad = await dispatch(handlers, 'document.head', { projectId, documentId: 'd', rows });
      expect(bad).toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidArguments', params: { field: 'rows' } },
      });
    }
    const missing = await dispatch(handlers, 'document.head', { projectId, documentId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'document.notFound' } });
  });
});
