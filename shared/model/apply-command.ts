import { AppError } from '../errors';
import { applyAlignmentCommand, dropFixesOf } from '../align/grid-commands';
import type { Annotation } from './annotation';
import type { ProjectCommand } from './commands';
import type { Project, StoryDocument } from './project';
import type { Version } from './version';

/** What a command needs from outside the engine: the clock, fresh ids and the reviewer's name. */
export interface CommandContext {
  now: string;
  newId: () => string;
  author: string;
}

function findDocument(project: Project, documentId: string): StoryDocument {
  const doc = project.documents.find((d) => d.id === documentId);
  if (!doc) throw new AppError('document.notFound', { documentId });
  return doc;
}

function findVersion(doc: StoryDocument, versionId: string): Version {
  const version = doc.versions.find((v) => v.id === versionId);
  if (!version) throw new AppError('version.notFound', { versionId });
  return version;
}

function mapDocument(project: Project, documentId: string, f: (d: StoryDocument) => StoryDocument): Project {
  findDocument(project, documentId);
  return { ...project, documents: project.documents.map((d) => (d.id === documentId ? f(d) : d)) };
}

/** Applies one command to a project and returns the new project; the input is never mutated. */
export function applyCommand(project: Project, command: ProjectCommand, ctx: CommandContext): Project {
  const next = applyUnstamped(project, command, ctx);
  return { ...next, updatedAt: ctx.now };
}

function applyUnstamped(project: Project, command: ProjectCommand, ctx: CommandContext): Project {
  switch (command.type) {
    case 'document.add':
      return {
        ...project,
        documents: [...project.documents, { id: ctx.newId(), title: command.title, versions: [] }],
      };
    case 'document.rename':
      return mapDocument(project, command.documentId, (d) => ({ ...d, title: command.title }));
    case 'document.remove':
      findDocument(project, command.documentId);
      return {
        ...dropFixesOf(project, { documentId: command.documentId }),
        documents: project.documents.filter((d) => d.id !== command.documentId),
        annotations: project.annotations.filter((a) => a.documentId !== command.documentId),
      };
    case 'version.update':
      return mapDocument(project, command.documentId, (d) => {
        findVersion(d, command.versionId);
        return {
          ...d,
          versions: d.versions.map((v) => (v.id === command.versionId ? { ...v, ...command.patch } : v)),
        };
      });
    case 'version.remove':
      return {
        ...dropFixesOf(
          mapDocument(project, command.documentId, (d) => {
            findVersion(d, command.versionId);
            return { ...d, versions: d.versions.filter((v) => v.id !== command.versionId) };
          }),
          { versionId: command.versionId },
        ),
        annotations: project.annotations.filter((a) => a.versionId !== command.versionId),
      };
    case 'annotation.add': {
      const version = findVersion(findDocument(project, command.documentId), command.versionId);
      if (command.end <= command.start || command.end > version.text.length) {
        throw new AppError('annotation.rangeInvalid', { start: command.start, end: command.end });
      }
      const annotation: Annotation = {
        id: ctx.newId(),
        documentId: command.documentId,
        versionId: command.versionId,
        start: command.start,
        end: command.end,
        quote: version.text.slice(command.start, command.end),
        category: command.category,
        severity: command.severity,
        comment: command.comment,
        status: 'open',
        author: ctx.author,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      return { ...project, annotations: [...project.annotations, annotation] };
    }
    case 'annotation.update': {
      if (!project.annotations.some((a) => a.id === command.annotationId)) {
        throw new AppError('annotation.notFound', { annotationId: command.annotationId });
      }
      return {
        ...project,
        annotations: project.annotations.map((a) =>
          a.id === command.annotationId ? { ...a, ...command.patch, updatedAt: ctx.now } : a,
        ),
      };
    }
    case 'alignment.fix':
    case 'alignment.unfix':
      return applyAlignmentCommand(project, findDocument(project, command.documentId), command);
    case 'annotation.remove':
      if (!project.annotations.some((a) => a.id === command.annotationId)) {
        throw new AppError('annotation.notFound', { annotationId: command.annotationId });
      }
      return { ...project, annotations: project.annotations.filter((a) => a.id !== command.annotationId) };
  }
}

/** Adds an imported version to a story, creating the story when none is given; the first version is the source. */
export function addVersion(
  project: Project,
  documentId: string | null,
  version: Omit<Version, 'id' | 'role'> & { role?: Version['role'] },
  title: string,
  ctx: CommandContext,
): { project: Project; documentId: string; versionId: string } {
  const versionId = ctx.newId();
  let docId = documentId;
  let documents = project.documents;
  if (docId === null) {
    docId = ctx.newId();
    documents = [...documents, { id: docId, title, versions: [] }];
  } else {
    findDocument(project, docId);
  }
  const targetId = docId;
  documents = documents.map((d) => {
    if (d.id !== targetId) return d;
    const role = version.role ?? (d.versions.length === 0 ? 'source' : 'translation');
    return { ...d, versions: [...d.versions, { ...version, id: versionId, role }] };
  });
  return { project: { ...project, documents, updatedAt: ctx.now }, documentId: targetId, versionId };
}

/** A new, empty project. */
export function createProject(name: string, ctx: CommandContext): Project {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('project.nameEmpty');
  return {
    schemaVersion: 1,
    id: ctx.newId(),
    name: trimmed,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    documents: [],
    annotations: [],
    alignmentFixes: [],
  };
}
