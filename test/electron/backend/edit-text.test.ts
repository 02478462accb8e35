import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/backend/store/project-store';
import type { ResultOf } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { dispatch } from '../../../shared/ipc/dispatch';
import { useHandlerHarness } from '../../support/handler-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const harness = useHandlerHarness();

const EN = 'Putin said: “Relations are at their best.”\nLi thanked him. The talks lasted two hours.';
const RU = 'Путин сказал: «Отношения на высшем уровне».\nЛи поблагодарил его. Переговоры длились два часа.';

async function setup() {
  let tick = Date.UTC(2026, 10, 28, 9);
  const h = await harness(await tempDir(), { now: () => new Date((tick += 1000)).toISOString() });
  const { id: projectId } = await h.call('projects.create', { name: 'Edits' });
  let documentId: string | null = null;
  for (const [fileName, text] of [
    ['en.txt', EN],
    ['ru.txt', RU],
  ] as const) {
    const out: ResultOf<'import.bytes'> = await h.call('import.bytes', {
      projectId,
      documentId,
      fileName,
      dataBase64: Buffer.from(text).toString('base64'),
    });
    documentId = out.imported[0]!.documentId;
  }
  const project = await h.call('projects.open', { projectId });
  const [en, ru] = project.documents[0]!.versions;
  return { ...h, projectId, documentId: documentId!, en: en!, ru: ru! };
}

const enOf = (p: Project) => p.documents[0]!.versions[0]!;

describe('version.editText through the handlers', () => {
  it('edits the text, re-anchors annotations, recomputes alignment and quotes, and undoes and redoes', async () => {
    const h = await setup();
    const { call, projectId, documentId, en, ru } = h;
    const at = (phrase: string) => ({
      versionId: en.id,
      start: EN.indexOf(phrase),
      end: EN.indexOf(phrase) + phrase.length,
    });
    await call('projects.command', {
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [at('Relations are at their best'), { versionId: ru.id, start: 15, end: 24 }],
        category: 'accuracy',
        severity: 'minor',
        comment: 'tone',
      },
    });
    const annotated = await call('projects.command', {
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [at('two hours')],
        category: 'accuracy',
        severity: 'major',
        comment: 'duration',
      },
    });
    const gridBefore = await call('alignment.get', { projectId, documentId });
    const quotesBefore = await call('quotes.get', { projectId, documentId });
    expect(h.alignmentCache.computed).toBe(1);
    expect(h.quotesCache.computed).toBe(1);
    const quoteText = (q: { start: number; end: number }, text: string) => text.slice(q.start, q.end);
    expect(quotesBefore.versions[0]!.quotes.map((q) => quoteText(q, EN))).toContain(
      '“Relations are at their best.”',
    );

    // A fix inside the quoted, annotated phrase, and the duration sentence deleted.
    const start = EN.indexOf('at their best');
    const edited = await call('projects.command', {
      projectId,
      command: {
        type: 'version.editText',
        documentId,
        versionId: en.id,
        start,
        end: start + 2,
        text: 'truly at',
      },
    });
    const text1 = enOf(edited).text;
    expect(text1).toContain('Relations are truly at their best.');
    const cutAt = text1.indexOf(' The talks lasted two hours.');
    const cut = await call('projects.command', {
      projectId,
      command: {
        type: 'version.editText',
        documentId,
        versionId: en.id,
        start: cutAt,
        end: cutAt + ' The talks lasted two hours.'.length,
        text: '',
      },
    });
    const text2 = enOf(cut).text;
    const [tone, duration] = cut.annotations;
    expect(text2.slice(tone!.spans[0]!.start, tone!.spans[0]!.end)).toBe('Relations are truly at their best');
    expect(tone!.spans[0]!.detached).toBe(false);
    expect(tone!.spans[1]).toEqual(annotated.annotations[0]!.spans[1]);
    expect(duration!.spans[0]).toMatchObject({ detached: true, quote: 'two hours' });
    expect(await call('projects.history', { projectId })).toEqual({ undo: 'version.editText', redo: null });

    // Alignment and quotes are computed again for the new text (their cache keys hash the text and segments).
    const gridAfter = await call('alignment.get', { projectId, documentId });
    const quotesAfter = await call('quotes.get', { projectId, documentId });
    expect(h.alignmentCache.computed).toBe(2);
    expect(h.quotesCache.computed).toBe(2);
    const enSentences = (p: Project) => enOf(p).sentences.length;
    expect(enSentences(cut)).toBe(enSentences(annotated) - 1);
    const usedEn = (g: typeof gridAfter) => g.rows.flatMap((r) => r.cells[0] ?? []);
    expect(usedEn(gridBefore)).toEqual([0, 1, 2]);
    expect(usedEn(gridAfter)).toEqual([0, 1]);
    expect(quotesAfter.versions[0]!.quotes.map((q) => quoteText(q, text2))).toContain(
      '“Relations are truly at their best.”',
    );

    // Undo restores the text, its segments and the annotations; redo brings the edit back.
    const undone = await call('projects.undo', { projectId });
    expect(undone.action).toBe('version.editText');
    expect(enOf(undone.project).text).toBe(text1);
    expect(undone.project.annotations[1]!.spans[0]).toMatchObject({ detached: false, quote: 'two hours' });
    const undone2 = await call('projects.undo', { projectId });
    expect(enOf(undone2.project)).toEqual(enOf(annotated));
    expect(undone2.project.annotations).toEqual(annotated.annotations);
    const back = await call('alignment.get', { projectId, documentId });
    expect(back).toEqual(gridBefore);
    expect(h.alignmentCache.computed).toBe(2); // served from memory: same text, same key
    const redone = await call('projects.redo', { projectId });
    expect(enOf(redone.project).text).toBe(text1);

    await h.store.flush();
    const reopened = await (await ProjectStore.open({ dataDir: h.dataDir })).loadProject(projectId);
    expect(enOf(reopened).text).toBe(text1);
  });

  it('refuses an edit outside the text with version.editInvalid and changes nothing', async () => {
    const { handlers, call, projectId, documentId, en } = await setup();
    const result = await dispatch(handlers, 'projects.command', {
      projectId,
      command: {
        type: 'version.editText',
        documentId,
        versionId: en.id,
        start: 0,
        end: EN.length + 5,
        text: 'x',
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'version.editInvalid' } });
    expect(enOf(await call('projects.open', { projectId })).text).toBe(EN);
  });
});
