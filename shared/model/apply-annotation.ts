import { z } from 'zod';
import { AppError } from '../errors';
import { subtypeFits } from '../review/categories';
import type { Annotation, AnnotationSpan } from './annotation';
import type { CommandContext } from './apply-command';
import type { ProjectCommand } from './commands';
import type { spanRefSchema } from './commands-annotation';
import type { Project } from './project';

type AnnotationCommand = Extract<ProjectCommand, { type: `annotation.${string}` }>;
type SpanRef = z.infer<typeof spanRefSchema>;

/** Resolves selected ranges against the story's texts, refusing any that fall outside them. */
function anchorSpans(project: Project, documentId: string, refs: readonly SpanRef[]): AnnotationSpan[] {
  const doc = project.documents.find((d) => d.id === documentId);
  if (!doc) throw new AppError('document.notFound', { documentId });
  return refs.map((ref) => {
    const version = doc.versions.find((v) => v.id === ref.versionId);
    if (!version) throw new AppError('version.notFound', { versionId: ref.versionId });
    if (ref.end <= ref.start || ref.end > version.text.length) {
      throw new AppError('annotation.rangeInvalid', { start: ref.start, end: ref.end });
    }
    const quote = version.text.slice(ref.start, ref.end);
    return { versionId: ref.versionId, start: ref.start, end: ref.end, quote, detached: false };
  });
}

/** New spans for an annotation: a span sent back unchanged keeps its stored quote (and detached state) as it is. */
function keepOrAnchor(project: Project, old: Annotation, refs: readonly SpanRef[]): AnnotationSpan[] {
  return refs.map((ref) => {
    const kept = old.spans.find(
      (s) => s.versionId === ref.versionId && s.start === ref.start && s.end === ref.end,
    );
    return kept ?? (anchorSpans(project, old.documentId, [ref])[0] as AnnotationSpan);
  });
}

function findAnnotation(project: Project, annotationId: string): Annotation {
  const found = project.annotations.find((a) => a.id === annotationId);
  if (!found) throw new AppError('annotation.notFound', { annotationId });
  return found;
}

function replaceAnnotation(project: Project, next: Annotation): Project {
  return { ...project, annotations: project.annotations.map((a) => (a.id === next.id ? next : a)) };
}

function checkSubtype(a: Annotation): Annotation {
  if (!subtypeFits(a.category, a.subtype)) {
    throw new AppError('annotation.subtypeInvalid', { category: a.category, subtype: a.subtype ?? '' });
  }
  return a;
}

/** Applies a command on annotations or their threads; the project is never mutated. */
export function applyAnnotationCommand(
  project: Project,
  command: AnnotationCommand,
  ctx: CommandContext,
): Project {
  switch (command.type) {
    case 'annotation.add': {
      const annotation: Annotation = checkSubtype({
        id: ctx.newId(),
        documentId: command.documentId,
        spans: anchorSpans(project, command.documentId, command.spans),
        category: command.category,
        subtype: command.subtype ?? null,
        severity: command.severity,
        comment: command.comment,
        correction: command.correction ?? '',
        status: 'open',
        author: ctx.author,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        replies: [],
      });
      return { ...project, annotations: [...project.annotations, annotation] };
    }
    case 'annotation.update': {
      const old = findAnnotation(project, command.annotationId);
      const { spans, ...patch } = command.patch;
      // A new category without a subtype clears the old subtype, which belonged to the old category.
      const subtype = patch.subtype !== undefined ? patch.subtype : patch.category ? null : old.subtype;
      const next = checkSubtype({
        ...old,
        ...patch,
        subtype,
        spans: spans ? keepOrAnchor(project, old, spans) : old.spans,
        updatedAt: ctx.now,
      });
      return replaceAnnotation(project, next);
    }
    case 'annotation.remove':
      findAnnotation(project, command.annotationId);
      return { ...project, annotations: project.annotations.filter((a) => a.id !== command.annotationId) };
    case 'annotation.reply': {
      const old = findAnnotation(project, command.annotationId);
      const reply = {
        id: ctx.newId(),
        author: ctx.author,
        text: command.text,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      return replaceAnnotation(project, { ...old, replies: [...old.replies, reply], updatedAt: ctx.now });
    }
    case 'annotation.replyEdit':
    case 'annotation.replyRemove': {
      const old = findAnnotation(project, command.annotationId);
      if (!old.replies.some((r) => r.id === command.replyId)) {
        throw new AppError('annotation.replyNotFound', { replyId: command.replyId });
      }
      const replies =
        command.type === 'annotation.replyRemove'
          ? old.replies.filter((r) => r.id !== command.replyId)
          : old.replies.map((r) =>
              r.id === command.replyId ? { ...r, text: command.text, updatedAt: ctx.now } : r,
            );
      return replaceAnnotation(project, { ...old, replies, updatedAt: ctx.now });
    }
  }
}
