import { describe, expect, it } from 'vitest';
import { buildAlignmentGrid } from '../../../shared/align/grid';
import { addVersion, applyCommand, createProject } from '../../../shared/model/apply-command';
import { applyEditText } from '../../../shared/model/apply-edit-text';
import { projectCommandSchema, type ProjectCommand } from '../../../shared/model/commands';
import { projectSchema, type Project } from '../../../shared/model/project';
import { segmentText } from '../../../shared/text/segment';
import { errorOf } from '../../support/app-error';
import { testContext, versionInput } from '../../support/project-fixture';

const EN =
  'Vladimir Putin met Zhang Gaoli. They discussed trade.\nThe talks were held in the Kremlin. Both sides were pleased.';
const RU =
  'Владимир Путин встретился с Чжан Гаоли. Они обсудили торговлю.\nПереговоры прошли в Кремле. Обе стороны остались довольны.';

function story() {
  const ctx = testContext();
  let project = createProject('P', ctx);
  let documentId: string | null = null;
  const ids: string[] = [];
  for (const [language, text] of [
    ['en', EN],
    ['ru', RU],
  ] as const) {
    const added = addVersion(project, documentId, versionInput(language, text), 'Story', ctx);
    project = added.project;
    documentId = added.documentId;
    ids.push(added.versionId);
  }
  const [en, ru] = ids as [string, string];
  return { project, documentId: documentId ?? '', en, ru, ctx };
}

function annotate(versionId: string, text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { versionId, start, end: start + phrase.length };
}

/** A story with a linked annotation on "Zhang Gaoli" (en + ru) and one on "in the Kremlin" (en only). */
function annotated() {
  const s = story();
  const ctx = s.ctx;
  let project = applyCommand(
    s.project,
    {
      type: 'annotation.add',
      documentId: s.documentId,
      spans: [annotate(s.en, EN, 'Zhang Gaoli'), annotate(s.ru, RU, 'Чжан Гаоли')],
      category: 'terminology',
      severity: 'minor',
      comment: 'name spelling',
    },
    ctx,
  );
  project = applyCommand(
    project,
    {
      type: 'annotation.add',
      documentId: s.documentId,
      spans: [annotate(s.en, EN, 'in the Kremlin')],
      category: 'accuracy',
      severity: 'major',
      comment: 'place',
    },
    ctx,
  );
  return { ...s, project };
}

function edit(s: { documentId: string; en: string }, text: string, from: string, to: string): ProjectCommand {
  const start = text.indexOf(from);
  return projectCommandSchema.parse({
    type: 'version.editText',
    documentId: s.documentId,
    versionId: s.en,
    start,
    end: start + from.length,
    text: to,
  });
}

const versionOf = (p: Project, id: string) => p.documents[0]!.versions.find((v) => v.id === id)!;

describe('version.editText', () => {
  it('replaces the range, segments the new text again and keeps the project valid', () => {
    const s = annotated();
    const next = applyCommand(
      s.project,
      edit(s, EN, 'They discussed trade.', 'They discussed trade. And energy.'),
      s.ctx,
    );
    const v = versionOf(next, s.en);
    expect(v.text).toContain('They discussed trade. And energy.\nThe talks');
    expect(v.sentences).toHaveLength(versionOf(s.project, s.en).sentences.length + 1);
    expect(v.sentences.map((x) => v.text.slice(x.start, x.end))).toContain('And energy.');
    expect({ paragraphs: v.paragraphs, sentences: v.sentences }).toEqual(segmentText(v.text, 'en'));
    expect(() => projectSchema.parse(JSON.parse(JSON.stringify(next)))).not.toThrow();
    expect(next.updatedAt).toBe(s.ctx.now);
  });

  it('re-anchors the edited version only: spans on other versions are untouched', () => {
    const s = annotated();
    const next = applyCommand(s.project, edit(s, EN, 'Vladimir Putin', 'President Vladimir Putin'), s.ctx);
    const text = versionOf(next, s.en).text;
    const [linked, kremlin] = next.annotations;
    expect(text.slice(linked!.spans[0]!.start, linked!.spans[0]!.end)).toBe('Zhang Gaoli');
    expect(text.slice(kremlin!.spans[0]!.start, kremlin!.spans[0]!.end)).toBe('in the Kremlin');
    expect(linked!.spans[1]).toBe(s.project.annotations[0]!.spans[1]);
    expect(versionOf(next, s.ru)).toBe(versionOf(s.project, s.ru));
  });

  it('follows a typo fixed inside an annotation and detaches one whose text was deleted, never dropping it', () => {
    const s = annotated();
    const fixed = applyEditText(
      s.project,
      edit(s, EN, 'Gaoli', 'Gao Li') as Extract<ProjectCommand, { type: 'version.editText' }>,
    );
    expect(fixed.summary).toEqual({ reanchored: 1, detached: 0 });
    expect(fixed.project.annotations[0]!.spans[0]).toMatchObject({ quote: 'Zhang Gao Li', detached: false });

    const text = versionOf(fixed.project, s.en).text;
    const cut = edit(s, text, ' in the Kremlin', '') as Extract<ProjectCommand, { type: 'version.editText' }>;
    const removed = applyEditText(fixed.project, cut);
    expect(removed.summary).toEqual({ reanchored: 0, detached: 1 });
    expect(removed.project.annotations).toHaveLength(2);
    expect(removed.project.annotations[1]!.spans[0]).toMatchObject({
      quote: 'in the Kremlin',
      detached: true,
    });
    expect(() => projectSchema.parse(JSON.parse(JSON.stringify(removed.project)))).not.toThrow();
  });

  it('refuses ranges outside the text, ranges that split a character and edits that empty the version', () => {
    const s = story();
    const base = { type: 'version.editText', documentId: s.documentId, versionId: s.en } as const;
    const run = (start: number, end: number, text: string) => () =>
      applyCommand(s.project, projectCommandSchema.parse({ ...base, start, end, text }), s.ctx);
    expect(errorOf(run(5, EN.length + 1, 'x')).code).toBe('version.editInvalid');
    expect(errorOf(run(6, 5, 'x')).code).toBe('version.editInvalid');
    expect(errorOf(run(0, EN.length, '  \n')).code).toBe('version.editEmpty');
    expect(errorOf(run(0, 0, '\ud83d')).code).toBe('version.editInvalid');
    const emoji = addVersion(
      s.project,
      s.documentId,
      {
        language: 'en',
        detectedLanguage: 'en',
        label: 'e',
        url: null,
        date: null,
        text: 'Hi 😀 there',
        ...segmentText('Hi 😀 there', 'en'),
        origin: null,
      },
      'Story',
      s.ctx,
    );
    const split = projectCommandSchema.parse({
      ...base,
      versionId: emoji.versionId,
      start: 4,
      end: 4,
      text: 'x',
    });
    expect(errorOf(() => applyCommand(emoji.project, split, s.ctx)).code).toBe('version.editInvalid');
    expect(
      errorOf(() =>
        applyCommand(s.project, { ...base, versionId: 'nope', start: 0, end: 0, text: 'x' }, s.ctx),
      ).code,
    ).toBe('version.notFound');
    expect(projectCommandSchema.safeParse({ ...base, start: -1, end: 0, text: '' }).success).toBe(false);
    expect(
      projectCommandSchema.safeParse({ ...base, start: 0, end: 0, text: 'x'.repeat(200_001) }).success,
    ).toBe(false);
  });

  it('returns the project unchanged when the replacement equals the text it replaces', () => {
    const s = annotated();
    const same = applyEditText(
      s.project,
      edit(s, EN, 'trade', 'trade') as Extract<ProjectCommand, { type: 'version.editText' }>,
    );
    expect(same.project).toBe(s.project);
  });

  it('reports an alignment fix whose sentence changed as unplaced instead of applying it elsewhere', () => {
    const s = story();
    // Tie the first source sentence to both Russian sentences of the first paragraph, then fix a typo in it.
    const fixed = applyCommand(
      s.project,
      {
        type: 'alignment.fix',
        documentId: s.documentId,
        sourceVersionId: s.en,
        beads: [{ targetVersionId: s.ru, src: [0], tgt: [0, 1] }],
      },
      s.ctx,
    );
    const before = buildAlignmentGrid(fixed.documents[0]!, fixed.alignmentFixes);
    expect(before.unplaced).toEqual([]);
    expect(before.rows[0]!.fixed).toBe(true);

    // An edit elsewhere leaves the fix in place.
    const elsewhere = applyCommand(fixed, edit(s, EN, 'Both sides', 'Both parties'), s.ctx);
    const kept = buildAlignmentGrid(elsewhere.documents[0]!, elsewhere.alignmentFixes);
    expect(kept.unplaced).toEqual([]);
    expect(kept.rows[0]!.fixed).toBe(true);
    expect(kept.rows[0]!.cells[1]).toEqual([0, 1]);

    const changed = applyCommand(fixed, edit(s, EN, 'Zhang Gaoli', 'Zhang Gao Li'), s.ctx);
    expect(changed.alignmentFixes).toEqual(fixed.alignmentFixes);
    const grid = buildAlignmentGrid(changed.documents[0]!, changed.alignmentFixes);
    expect(grid.unplaced).toHaveLength(1);
    expect(grid.unplaced[0]!.fix.srcText).toBe('Vladimir Putin met Zhang Gaoli.');
    expect(grid.rows.some((r) => r.fixed)).toBe(false);
  });
});
