import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { addVersion, applyCommand, createProject } from '../../../shared/model/apply-command';
import { projectSchema, type Project } from '../../../shared/model/project';
import { testContext } from '../../support/project-fixture';

function withStory(): { project: Project; documentId: string; versionId: string } {
  const ctx = testContext();
  const project = createProject('P', ctx);
  const text = 'Putin said: “Relations are going well.”\nLi agreed.';
  return addVersion(
    project,
    null,
    {
      language: 'en',
      detectedLanguage: 'en',
      label: 'Reuters',
      url: null,
      date: null,
      text,
      paragraphs: [
        { start: 0, end: 39 },
        { start: 40, end: 50 },
      ],
      sentences: [
        { start: 0, end: 39 },
        { start: 40, end: 50 },
      ],
      origin: null,
    },
    'Story',
    ctx,
  );
}

describe('applyCommand', () => {
  it('adds an annotation that copies the text it covers, stamped with author and time', () => {
    const { project, documentId, versionId } = withStory();
    const next = applyCommand(
      project,
      {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId, start: 12, end: 39 }],
        category: 'misquote',
        severity: 'major',
        comment: 'c',
      },
      { ...testContext('Ана'), now: '2026-02-02T00:00:00.000Z' },
    );
    expect(next.annotations).toHaveLength(1);
    expect(next.annotations[0]).toMatchObject({
      spans: [{ quote: '“Relations are going well.”' }],
      author: 'Ана',
      status: 'open',
    });
    expect(next.updatedAt).toBe('2026-02-02T00:00:00.000Z');
    expect(project.annotations).toHaveLength(0);
    expect(projectSchema.safeParse(next).success).toBe(true);
  });

  it('refuses annotation ranges that are empty or run past the text', () => {
    const { project, documentId, versionId } = withStory();
    for (const [start, end] of [
      [5, 5],
      [40, 999],
    ]) {
      expect(() =>
        applyCommand(
          project,
          {
            type: 'annotation.add',
            documentId,
            spans: [{ versionId, start, end }],
            category: 'style',
            severity: 'minor',
            comment: '',
          },
          testContext(),
        ),
      ).toThrow(AppError);
    }
  });

  it('removing a version removes its annotations too', () => {
    const { project, documentId, versionId } = withStory();
    const annotated = applyCommand(
      project,
      {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId, start: 0, end: 5 }],
        category: 'style',
        severity: 'minor',
        comment: '',
      },
      testContext(),
    );
    const next = applyCommand(annotated, { type: 'version.remove', documentId, versionId }, testContext());
    expect(next.documents[0].versions).toEqual([]);
    expect(next.annotations).toEqual([]);
  });

  it('updates status and language, and names missing targets with their own error codes', () => {
    const { project, documentId, versionId } = withStory();
    const relabeled = applyCommand(
      project,
      { type: 'version.update', documentId, versionId, patch: { language: 'en-GB', role: 'reference' } },
      testContext(),
    );
    expect(relabeled.documents[0].versions[0]).toMatchObject({ language: 'en-GB', role: 'reference' });
    const codes = [
      () => applyCommand(project, { type: 'document.remove', documentId: 'nope' }, testContext()),
      () => applyCommand(project, { type: 'version.remove', documentId, versionId: 'nope' }, testContext()),
      () => applyCommand(project, { type: 'annotation.remove', annotationId: 'nope' }, testContext()),
    ].map((f) => {
      try {
        f();
        return 'no error';
      } catch (error) {
        return (error as AppError).code;
      }
    });
    expect(codes).toEqual(['document.notFound', 'version.notFound', 'annotation.notFound']);
  });

  it('makes the first version of a story its source and later ones translations', () => {
    const { project, documentId } = withStory();
    const second = addVersion(
      project,
      documentId,
      {
        language: 'zh-Hant',
        detectedLanguage: 'zh-Hant',
        label: 'CNA',
        url: null,
        date: null,
        text: '好',
        paragraphs: [],
        sentences: [],
        origin: null,
      },
      'ignored',
      testContext(),
    );
    expect(second.project.documents[0].versions.map((v) => v.role)).toEqual(['source', 'translation']);
  });
});
