import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuotesCache, quotesKey } from '../../../electron/backend/quotes-cache';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { useTempDirs } from '../../support/temp-dir';
import { importCorpusStory, useHandlerHarness } from '../../support/handler-harness';
import { storyOf } from '../../shared/align/grid-doc';

const tempDir = useTempDirs();
const backend = useHandlerHarness();

type Call = Awaited<ReturnType<typeof backend>>['call'];

/** A project with one story made of corpus texts, and its versions as stored. */
async function storyProject(call: Call, files: string[]) {
  const { projectId, documentId } = await importCorpusStory(call, files);
  const project = await call('projects.open', { projectId });
  return { projectId, documentId, versions: project.documents[0]?.versions ?? [] };
}

function quoteTexts(result: DocumentQuotes, col: number, text: string): string[] {
  return (result.versions[col]?.quotes ?? []).map((q) => text.slice(q.start, q.end));
}

describe('quotes.get', () => {
  it('analyses every version in main, matches them to the source, and serves repeats from memory', async () => {
    const { call, quotesCache, alignmentCache } = await backend(await tempDir());
    const { projectId, documentId, versions } = await storyProject(call, [
      'en_reuters_early_timeslive.txt',
      'zh-Hant_cna_translation_of_reuters_1984bbs.txt',
    ]);
    const [en, zh] = versions;
    if (!en || !zh) throw new Error('import failed');
    const result = await call('quotes.get', { projectId, documentId });
    expect(result.sourceVersionId).toBe(en.id);
    expect(result.versions.map((v) => v.versionId)).toEqual([en.id, zh.id]);
    const enQuotes = quoteTexts(result, 0, en.text);
    const zhQuotes = quoteTexts(result, 1, zh.text);
    const links = (result.versions[1]?.matching?.links ?? []).map((l) => [
      enQuotes[l.source],
      zhQuotes[l.target],
    ]);
    expect(links).toContainEqual(['“no limits”', '「無上限」']);
    expect(result.versions[0]?.matching).toBeNull();
    expect(quotesCache.computed).toBe(1);

    // Same inputs: from memory, and the alignment is not even asked for.
    const alignedBefore = alignmentCache.computed;
    expect(await call('quotes.get', { projectId, documentId })).toEqual(result);
    expect(quotesCache.computed).toBe(1);
    expect(alignmentCache.computed).toBe(alignedBefore);

    // The registry is an input: Putin speaking Russian makes his English quote translated by someone unknown.
    const putin = () => result.versions[0]?.quotes.find((q) => q.speaker === 'Vladimir Putin');
    expect(putin()?.provenance).toBeNull();
    await call('settings.update', { speakerLanguages: [{ name: 'Putin', language: 'ru' }] });
    const again = await call('quotes.get', { projectId, documentId });
    expect(quotesCache.computed).toBe(2);
    const inferred = again.versions[0]?.quotes.find((q) => q.speaker === 'Vladimir Putin');
    expect(inferred?.provenance).toMatchObject({ kind: 'translated_by', agent: null, implicit: true });

    // So is a version's language.
    await call('projects.command', {
      projectId,
      command: { type: 'version.update', documentId, versionId: en.id, patch: { language: 'en-GB' } },
    });
    await call('quotes.get', { projectId, documentId });
    expect(quotesCache.computed).toBe(3);
  });

  it('reports Li’s quote as translated by the Kremlin in the seed story', async () => {
    const { call } = await backend(await tempDir());
    const { projectId, documentId, versions } = await storyProject(call, ['en_seed.txt']);
    await call('settings.update', { speakerLanguages: [{ name: 'Li Shangfu', language: 'zh' }] });
    const result = await call('quotes.get', { projectId, documentId });
    const text = versions[0]?.text ?? '';
    const li = result.versions[0]?.quotes.filter((q) => q.speaker === 'Li Shangfu') ?? [];
    expect(li.length).toBeGreaterThan(0);
    expect(text.slice(li[0]?.start, li[0]?.end)).toMatch(/^“In recent times cooperation/);
    for (const q of li) expect(q.provenance).toMatchObject({ kind: 'translated_by', agent: 'the Kremlin' });
    const term = result.versions[0]?.quotes.find((q) => text.slice(q.start, q.end) === '“no limits”');
    expect(term?.kind).toBe('term');
  });

  it('validates its arguments and reports an unknown story', async () => {
    const { call, handlers } = await backend(await tempDir());
    const { id: projectId } = await call('projects.create', { name: 'P' });
    const bad = await dispatch(handlers, 'quotes.get', { projectId });
    expect(bad).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    const missing = await dispatch(handlers, 'quotes.get', { projectId, documentId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'document.notFound' } });
  });
});

describe('speakers’ languages in settings', () => {
  it('saves the registry, keeps it across a restart, and refuses malformed entries', async () => {
    const dataDir = await tempDir();
    const first = await backend(dataDir);
    const saved = await first.call('settings.update', {
      speakerLanguages: [
        { name: '  Li Shangfu ', language: 'zh' },
        { name: 'Vladimir Putin', language: 'ru' },
      ],
    });
    expect(saved.speakerLanguages).toEqual([
      { name: 'Li Shangfu', language: 'zh' },
      { name: 'Vladimir Putin', language: 'ru' },
    ]);
    for (const bad of [
      [{ name: '', language: 'zh' }],
      [{ name: 'Li', language: 'not a language' }],
      [{ name: 'Li' }],
    ]) {
      const out = await dispatch(first.handlers, 'settings.update', { speakerLanguages: bad });
      expect(out).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    }
    expect((await first.call('settings.get', {})).speakerLanguages).toEqual(saved.speakerLanguages);
    await first.store.flush();
    const second = await backend(dataDir);
    expect((await second.call('settings.get', {})).speakerLanguages).toEqual(saved.speakerLanguages);
  });

  it('loads an index file written before the registry existed with an empty registry', async () => {
    const dataDir = await tempDir();
    await writeFile(
      join(dataDir, 'index.json'),
      JSON.stringify({ schemaVersion: 1, settings: { reviewerName: 'Old', uiLanguage: 'ru' }, projects: [] }),
    );
    const { call } = await backend(dataDir);
    const settings = await call('settings.get', {});
    expect(settings).toMatchObject({ reviewerName: 'Old', uiLanguage: 'ru', speakerLanguages: [] });
  });
});

describe('QuotesCache', () => {
  it('keys by texts, fixes and the registry', () => {
    const doc = storyOf([{ id: 'a', lang: 'en', text: '“Yes,” he said.' }]);
    const key = quotesKey(doc, [], []);
    expect(quotesKey(doc, [], [])).toBe(key);
    expect(quotesKey(doc, [], [{ name: 'Li', language: 'zh' }])).not.toBe(key);
    const edited = storyOf([{ id: 'a', lang: 'en', text: '“No,” he said.' }]);
    expect(quotesKey(edited, [], [])).not.toBe(key);
    const fix = { documentId: doc.id, sourceVersionId: 'a', targetVersionId: 'b', fixed: [] };
    expect(quotesKey(doc, [fix], [])).not.toBe(key);
  });

  it('forgets the least recently used analysis past its limit', () => {
    let runs = 0;
    const cache = new QuotesCache(2, () => {
      runs += 1;
      return { sourceVersionId: null, versions: [] };
    });
    const grid = () => ({ sourceVersionId: null, versionIds: [], rows: [], unplaced: [] });
    const docs = ['one', 'two', 'three'].map((text) => storyOf([{ id: 'a', lang: 'en', text }]));
    const [one, , three] = docs;
    if (!one || !three) throw new Error('three stories expected');
    for (const d of docs) cache.get(d, [], [], grid);
    expect(runs).toBe(3);
    cache.get(three, [], [], grid);
    expect(runs).toBe(3);
    cache.get(one, [], [], grid);
    expect(runs).toBe(4);
  });
});
