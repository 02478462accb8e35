import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { addVersion, applyCommand, createProject } from '../../../shared/model/apply-command';
import { projectCommandSchema, type ProjectCommand } from '../../../shared/model/commands';
import { projectSchema, type Project } from '../../../shared/model/project';
import type { Span } from '../../../shared/model/span';
import { testContext, versionInput } from '../../support/project-fixture';

function spans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^ ]+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function story(): { project: Project; documentId: string; en: string; ru: string; de: string } {
  const ctx = testContext();
  let project = createProject('P', ctx);
  const ids: string[] = [];
  let documentId: string | null = null;
  for (const [language, text] of [
    ['en', 'One. Two. Three. Four.'],
    ['ru', 'Один. Два. Три.'],
    ['de', 'Eins. Zwei. Drei. Vier.'],
  ] as const) {
    const added = addVersion(
      project,
      documentId,
      versionInput(language, text, { paragraphs: [{ start: 0, end: text.length }], sentences: spans(text) }),
      'Story',
      ctx,
    );
    project = added.project;
    documentId = added.documentId;
    ids.push(added.versionId);
  }
  const [en, ru, de] = ids as [string, string, string];
  return { project, documentId: documentId ?? '', en, ru, de };
}

const ctx = testContext();

describe('alignment fixes in the project', () => {
  it('loads a project file written before fixes existed as having none', () => {
    const { project } = story();
    const { alignmentFixes: _, ...old } = project;
    expect(projectSchema.parse(JSON.parse(JSON.stringify(old))).alignmentFixes).toEqual([]);
    expect(createProject('New', ctx).alignmentFixes).toEqual([]);
  });

  it('stores a merge as a fixed bead with the texts it covers, one per version pair', () => {
    const { project, documentId, en, ru, de } = story();
    const command: ProjectCommand = {
      type: 'alignment.fix',
      documentId,
      sourceVersionId: en,
      beads: [
        { targetVersionId: ru, src: [0, 1], tgt: [0] },
        { targetVersionId: de, src: [0, 1], tgt: [0, 1] },
      ],
    };
    expect(projectCommandSchema.parse(command)).toEqual(command);
    const next = applyCommand(project, command, ctx);
    expect(next.alignmentFixes).toEqual([
      {
        documentId,
        sourceVersionId: en,
        targetVersionId: ru,
        fixed: [{ src: [0, 1], tgt: [0], srcText: 'One. Two.', tgtText: 'Один.' }],
      },
      {
        documentId,
        sourceVersionId: en,
        targetVersionId: de,
        fixed: [{ src: [0, 1], tgt: [0, 1], srcText: 'One. Two.', tgtText: 'Eins. Zwei.' }],
      },
    ]);
    expect(project.alignmentFixes).toEqual([]);
    expect(projectSchema.safeParse(next).success).toBe(true);
  });

  it('splits a fixed row into two fixes that replace the merged one, and undoes them one by one', () => {
    const { project, documentId, en, ru } = story();
    const fix = (beads: { src: number[]; tgt: number[] }[]): ProjectCommand => ({
      type: 'alignment.fix',
      documentId,
      sourceVersionId: en,
      beads: beads.map((b) => ({ targetVersionId: ru, ...b })),
    });
    let p = applyCommand(project, fix([{ src: [0, 1], tgt: [0, 1] }]), ctx);
    p = applyCommand(
      p,
      fix([
        { src: [0], tgt: [0] },
        { src: [1], tgt: [1] },
      ]),
      ctx,
    );
    expect(p.alignmentFixes[0]?.fixed.map((f) => [f.src, f.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    p = applyCommand(
      p,
      {
        type: 'alignment.unfix',
        documentId,
        sourceVersionId: en,
        beads: [{ targetVersionId: ru, src: [0], tgt: [0] }],
      },
      ctx,
    );
    expect(p.alignmentFixes[0]?.fixed.map((f) => [f.src, f.tgt])).toEqual([[[1], [1]]]);
    p = applyCommand(
      p,
      {
        type: 'alignment.unfix',
        documentId,
        sourceVersionId: en,
        beads: [{ targetVersionId: ru, src: [1], tgt: [1] }],
      },
      ctx,
    );
    expect(p.alignmentFixes).toEqual([]);
  });

  it('refuses bad fixes: unknown versions, the source itself, gaps, clashing beads, unknown fixes', () => {
    const { project, documentId, en, ru } = story();
    const base = { type: 'alignment.fix' as const, documentId, sourceVersionId: en };
    const refused = (command: ProjectCommand) =>
      expect(() => applyCommand(project, command, ctx)).toThrow(AppError);
    refused({ ...base, beads: [{ targetVersionId: 'nope', src: [0], tgt: [0] }] });
    refused({ ...base, sourceVersionId: 'nope', beads: [{ targetVersionId: ru, src: [0], tgt: [0] }] });
    refused({ ...base, beads: [{ targetVersionId: en, src: [0], tgt: [0] }] });
    refused({ ...base, beads: [{ targetVersionId: ru, src: [0, 2], tgt: [0] }] });
    refused({ ...base, beads: [{ targetVersionId: ru, src: [0], tgt: [7] }] });
    refused({ ...base, beads: [{ targetVersionId: ru, src: [], tgt: [] }] });
    refused({
      ...base,
      beads: [
        { targetVersionId: ru, src: [0, 1], tgt: [0] },
        { targetVersionId: ru, src: [1], tgt: [1] },
      ],
    });
    refused({ ...base, type: 'alignment.unfix', beads: [{ targetVersionId: ru, src: [0], tgt: [0] }] });
    refused({ ...base, documentId: 'nope', beads: [{ targetVersionId: ru, src: [0], tgt: [0] }] });
    expect(projectCommandSchema.safeParse({ ...base, beads: [] }).success).toBe(false);
    expect(
      projectCommandSchema.safeParse({ ...base, beads: [{ targetVersionId: ru, src: [-1], tgt: [0] }] })
        .success,
    ).toBe(false);
  });

  it('drops the fixes of a removed version or story, and only those', () => {
    const { project, documentId, en, ru, de } = story();
    const p = applyCommand(
      project,
      {
        type: 'alignment.fix',
        documentId,
        sourceVersionId: en,
        beads: [
          { targetVersionId: ru, src: [0], tgt: [] },
          { targetVersionId: de, src: [0], tgt: [0] },
        ],
      },
      ctx,
    );
    expect(p.alignmentFixes).toHaveLength(2);
    const withoutRu = applyCommand(p, { type: 'version.remove', documentId, versionId: ru }, ctx);
    expect(withoutRu.alignmentFixes.map((s) => s.targetVersionId)).toEqual([de]);
    const withoutSource = applyCommand(p, { type: 'version.remove', documentId, versionId: en }, ctx);
    expect(withoutSource.alignmentFixes).toEqual([]);
    expect(applyCommand(p, { type: 'document.remove', documentId }, ctx).alignmentFixes).toEqual([]);
  });
});
