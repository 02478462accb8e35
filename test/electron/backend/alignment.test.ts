import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AlignmentCache, alignmentKey } from '../../../electron/backend/alignment-cache';
import type { ResultOf } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { corpusPath } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';
import { useHandlerHarness } from '../../support/handler-harness';

const tempDir = useTempDirs();
const harness = useHandlerHarness();

async function backend(dataDir: string) {
  const h = await harness(dataDir);
  return { ...h, cache: h.alignmentCache };
}

async function kremlinProject(call: Awaited<ReturnType<typeof backend>>['call']) {
  const { id: projectId } = await call('projects.create', { name: 'Kremlin' });
  let documentId: string | null = null;
  for (const name of ['en_kremlin.txt', 'ru_kremlin.txt']) {
    const bytes = await readFile(corpusPath(`002-kremlin-zhang-gaoli-2017/${name}`));
    const out: ResultOf<'import.bytes'> = await call('import.bytes', {
      projectId,
      documentId,
      fileName: name,
      dataBase64: bytes.toString('base64'),
    });
    documentId = out.imported[0]?.documentId ?? documentId;
  }
  return { projectId, documentId: documentId ?? '' };
}

describe('alignment.get', () => {
  it('aligns a story in main, serves it again from memory, and recomputes when a fix changes it', async () => {
    const { call, cache } = await backend(await tempDir());
    const { projectId, documentId } = await kremlinProject(call);
    const project = await call('projects.open', { projectId });
    const [en, ru] = project.documents[0]?.versions ?? [];
    if (!en || !ru) throw new Error('import failed');

    const grid = await call('alignment.get', { projectId, documentId });
    expect(grid.versionIds).toEqual([en.id, ru.id]);
    expect(grid.rows.flatMap((r) => r.cells[0])).toEqual(en.sentences.map((_, i) => i));
    expect(grid.rows.flatMap((r) => r.cells[1])).toEqual(ru.sentences.map((_, i) => i));
    expect(cache.computed).toBe(1);
    expect(await call('alignment.get', { projectId, documentId })).toEqual(grid);
    expect(cache.computed).toBe(1);

    // Merge the first two rows: one fixed bead with the union of their sentences.
    const [a, b] = grid.rows;
    if (!a || !b) throw new Error('too few rows');
    await call('projects.command', {
      projectId,
      command: {
        type: 'alignment.fix',
        documentId,
        sourceVersionId: en.id,
        beads: [
          {
            targetVersionId: ru.id,
            src: [...(a.cells[0] ?? []), ...(b.cells[0] ?? [])],
            tgt: [...(a.cells[1] ?? []), ...(b.cells[1] ?? [])],
          },
        ],
      },
    });
    const merged = await call('alignment.get', { projectId, documentId });
    expect(cache.computed).toBe(2);
    // The rest is re-aligned around the anchor (it may shift), but still covers every sentence once, in order.
    expect(merged.rows.flatMap((r) => r.cells[0])).toEqual(en.sentences.map((_, i) => i));
    expect(merged.rows.flatMap((r) => r.cells[1])).toEqual(ru.sentences.map((_, i) => i));
    expect(merged.rows[0]).toMatchObject({ fixed: true, confidence: 1 });
    expect(merged.rows[0]?.cells).toEqual([
      [...(a.cells[0] ?? []), ...(b.cells[0] ?? [])],
      [...(a.cells[1] ?? []), ...(b.cells[1] ?? [])],
    ]);

    // A changed language is a changed input.
    await call('projects.command', {
      projectId,
      command: { type: 'version.update', documentId, versionId: ru.id, patch: { language: 'uk' } },
    });
    await call('alignment.get', { projectId, documentId });
    expect(cache.computed).toBe(3);
  });

  it('keeps fixes across a restart and aligns with them as anchors', async () => {
    const dataDir = await tempDir();
    const first = await backend(dataDir);
    const { projectId, documentId } = await kremlinProject(first.call);
    const project = await first.call('projects.open', { projectId });
    const [en, ru] = project.documents[0]?.versions ?? [];
    if (!en || !ru) throw new Error('import failed');
    await first.call('projects.command', {
      projectId,
      command: {
        type: 'alignment.fix',
        documentId,
        sourceVersionId: en.id,
        beads: [{ targetVersionId: ru.id, src: [1, 2, 3], tgt: [1] }],
      },
    });
    await first.store.flush();

    const second = await backend(dataDir);
    const grid = await second.call('alignment.get', { projectId, documentId });
    expect(second.cache.computed).toBe(1);
    const fixed = grid.rows.filter((r) => r.fixed);
    expect(fixed.map((r) => r.cells)).toEqual([[[1, 2, 3], [1]]]);
    expect(fixed[0]?.fixes).toEqual([{ targetVersionId: ru.id, src: [1, 2, 3], tgt: [1] }]);
  });

  it('validates its arguments and reports an unknown story', async () => {
    const { call, handlers } = await backend(await tempDir());
    const { id: projectId } = await call('projects.create', { name: 'P' });
    const bad = await dispatch(handlers, 'alignment.get', { projectId });
    expect(bad).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    const extra = await dispatch(handlers, 'alignment.get', { projectId, documentId: 'd', x: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    const missing = await dispatch(handlers, 'alignment.get', { projectId, documentId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'document.notFound' } });
  });
});

describe('AlignmentCache', () => {
  it('keys by content: the same inputs give the same key, any change to text or fixes a new one', () => {
    const version = {
      id: 'v',
      language: 'en',
      detectedLanguage: 'en',
      role: 'source' as const,
      label: '',
      url: null,
      date: null,
      text: 'One. Two.',
      paragraphs: [{ start: 0, end: 9 }],
      sentences: [
        { start: 0, end: 4 },
        { start: 5, end: 9 },
      ],
      origin: null,
    };
    const doc = { id: 'd', title: 'T', versions: [version] };
    const key = alignmentKey(doc, []);
    expect(alignmentKey({ ...doc, title: 'Renamed' }, [])).toBe(key);
    expect(alignmentKey({ ...doc, versions: [{ ...version, text: 'One. Tw0.' }] }, [])).not.toBe(key);
    const fixes = [{ documentId: 'd', sourceVersionId: 'v', targetVersionId: 'w', fixed: [] }];
    expect(alignmentKey(doc, fixes)).not.toBe(key);
    expect(alignmentKey(doc, [{ ...fixes[0]!, documentId: 'other' }])).toBe(key);
  });

  it('forgets the least recently used alignment beyond its limit', () => {
    let builds = 0;
    const cache = new AlignmentCache(2, (doc) => {
      builds += 1;
      return { sourceVersionId: null, versionIds: [doc.id], rows: [], unplaced: [] };
    });
    const doc = (id: string) => ({ id, title: '', versions: [] });
    cache.get(doc('a'), []);
    cache.get(doc('b'), []);
    cache.get(doc('a'), []);
    cache.get(doc('c'), []);
    expect(builds).toBe(3);
    cache.get(doc('a'), []);
    expect(builds).toBe(3);
    cache.get(doc('b'), []);
    expect(builds).toBe(4);
    expect(cache.computed).toBe(4);
  });
});
