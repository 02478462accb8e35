import { describe, expect, it } from 'vitest';
import { addVersion, applyCommand, createProject } from '../../../shared/model/apply-command';
import type { ProjectCommand } from '../../../shared/model/commands';
import { projectSchema, type Project } from '../../../shared/model/project';
import { testContext, versionInput } from '../../support/project-fixture';

const EN = 'Putin said: “Relations are going well.”';
const RU = 'Путин сказал: «Отношения развиваются хорошо».';

function story() {
  const ctx = testContext();
  const whole = (text: string) => [{ start: 0, end: text.length }];
  const version = (text: string, language: string) =>
    versionInput(language, text, { paragraphs: whole(text), sentences: whole(text) });
  const first = addVersion(createProject('P', ctx), null, version(EN, 'en'), 'Story', ctx);
  const second = addVersion(first.project, first.documentId, version(RU, 'ru'), 'Story', ctx);
  return {
    project: second.project,
    documentId: first.documentId,
    en: first.versionId,
    ru: second.versionId,
    ctx,
  };
}

function linked() {
  const s = story();
  const project = applyCommand(
    s.project,
    {
      type: 'annotation.add',
      documentId: s.documentId,
      spans: [
        { versionId: s.en, start: 0, end: 5 },
        { versionId: s.ru, start: 0, end: 5 },
      ],
      category: 'wrong-attribution',
      subtype: 'wrong-speaker',
      severity: 'critical',
      comment: 'who said it?',
      correction: 'Путин',
    },
    s.ctx,
  );
  return { ...s, project, annotationId: project.annotations[0]!.id };
}

const run = (p: Project, c: ProjectCommand, ctx = testContext()) => applyCommand(p, c, ctx);

describe('annotation commands', () => {
  it('link spans in several versions, each quoting its own text', () => {
    const { project } = linked();
    const a = project.annotations[0]!;
    expect(a.spans.map((s) => s.quote)).toEqual(['Putin', 'Путин']);
    expect(a).toMatchObject({ subtype: 'wrong-speaker', correction: 'Путин', replies: [] });
    expect(projectSchema.safeParse(project).success).toBe(true);
  });

  it('refuse a subtype of another category and a range past the text', () => {
    const s = story();
    const base = {
      type: 'annotation.add' as const,
      documentId: s.documentId,
      severity: 'minor' as const,
      comment: '',
    };
    expect(() =>
      run(s.project, {
        ...base,
        spans: [{ versionId: s.en, start: 0, end: 5 }],
        category: 'style',
        subtype: 'spelling',
      }),
    ).toThrow(/annotation.subtypeInvalid/);
    expect(() =>
      run(s.project, { ...base, spans: [{ versionId: s.ru, start: 0, end: 999 }], category: 'style' }),
    ).toThrow(/annotation.rangeInvalid/);
  });

  it('a new category drops the old subtype unless a fitting one comes with it', () => {
    const { project, annotationId } = linked();
    const moved = run(project, { type: 'annotation.update', annotationId, patch: { category: 'misquote' } });
    expect(moved.annotations[0]).toMatchObject({ category: 'misquote', subtype: null });
    const relinked = run(project, {
      type: 'annotation.update',
      annotationId,
      patch: { spans: [{ versionId: project.documents[0]!.versions[1]!.id, start: 14, end: 44 }] },
    });
    expect(relinked.annotations[0]!.spans.map((s) => s.quote)).toEqual(['«Отношения развиваются хорошо»']);
  });

  it('keep a detached span as it is when the spans are edited around it', () => {
    const { project, annotationId, en, ru } = linked();
    const detached = {
      ...project,
      annotations: project.annotations.map((a) => ({
        ...a,
        spans: a.spans.map((s) => (s.versionId === ru ? { ...s, start: 40, end: 45, detached: true } : s)),
      })),
    };
    const next = run(detached, {
      type: 'annotation.update',
      annotationId,
      patch: {
        spans: [
          { versionId: en, start: 12, end: 39 },
          { versionId: ru, start: 40, end: 45 },
        ],
      },
    });
    expect(next.annotations[0]!.spans).toEqual([
      { versionId: en, start: 12, end: 39, quote: '“Relations are going well.”', detached: false },
      { versionId: ru, start: 40, end: 45, quote: 'Путин', detached: true },
    ]);
  });

  it('keep a thread of replies that can be edited and removed', () => {
    const { project, annotationId } = linked();
    const replied = run(
      project,
      { type: 'annotation.reply', annotationId, text: 'Agreed.' },
      testContext('Mei'),
    );
    const reply = replied.annotations[0]!.replies[0]!;
    expect(reply).toMatchObject({ author: 'Mei', text: 'Agreed.' });
    const edited = run(replied, {
      type: 'annotation.replyEdit',
      annotationId,
      replyId: reply.id,
      text: 'Agreed!',
    });
    expect(edited.annotations[0]!.replies[0]!.text).toBe('Agreed!');
    const removed = run(edited, { type: 'annotation.replyRemove', annotationId, replyId: reply.id });
    expect(removed.annotations[0]!.replies).toEqual([]);
    expect(() => run(removed, { type: 'annotation.replyRemove', annotationId, replyId: reply.id })).toThrow(
      /annotation.replyNotFound/,
    );
  });

  it('removing one version keeps a linked annotation on the others', () => {
    const { project, documentId, ru } = linked();
    const next = run(project, { type: 'version.remove', documentId, versionId: ru });
    expect(next.annotations[0]!.spans.map((s) => s.quote)).toEqual(['Putin']);
  });

  it('store the column layout and the project quality bar', () => {
    const { project, documentId, en, ru } = linked();
    const laid = run(project, {
      type: 'document.columns',
      documentId,
      layout: { order: [ru, en], hidden: [] },
    });
    expect(laid.documents[0]!.columns).toEqual({ order: [ru, en], hidden: [] });
    expect(() =>
      run(project, { type: 'document.columns', documentId, layout: { order: ['nope'], hidden: [] } }),
    ).toThrow(/version.notFound/);
    expect(run(project, { type: 'project.review', patch: { mqmThreshold: 25 } }).review.mqmThreshold).toBe(
      25,
    );
  });
});
