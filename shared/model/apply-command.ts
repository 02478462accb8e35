import { AppError } from '../errors';
import { applyAlignmentCommand, dropFixesOf } from '../align/grid-commands';
import { applyAnnotationCommand } from './apply-annotation';
import { applyEditText } from './apply-edit-text';
import type { ProjectCommand } from './commands';
import { DEFAULT_REVIEW_SETTINGS, SCHEMA_VERSION, type Project, type StoryDocument } from './project';
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
        documents: [
          ...project.documents,
          { id: ctx.newId(), title: command.title, versions: [], columns: null },
        ],
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
    case 'version.editText':
      return applyEditText(project, command).project;
    case 'version.remove':
      return {
        ...dropFixesOf(
          mapDocument(project, command.documentId, (d) => {
            findVersion(d, command.versionId);
            return { ...d, versions: d.versions.filter((v) => v.id !== command.versionId) };
          }),
          { versionId: command.versionId },
        ),
        annotations: project.annotations.flatMap((a) => {
          const spans = a.spans.filter((s) => s.versionId !== command.versionId);
          return spans.length === 0 ? [] : [{ ...a, spans }];
        }),
      };
    case 'annotation.add':
    case 'annotation.update':
    case 'annotation.remove':
    case 'annotation.reply':
    case 'annotation.replyEdit':
    case 'annotation.replyRemove':
      return applyAnnotationCommand(project, command, ctx);
    case 'document.columns':
      return mapDocument(project, command.documentId, (d) => {
        for (const id of [...command.layout.order, ...command.layout.hidden]) findVersion(d, id);
        return { ...d, columns: command.layout };
      });
    case 'project.review':
      return { ...project, review: { ...project.review, ...command.patch } };
    case 'alignment.fix':
    case 'alignment.unfix':
      return applyAlignmentCommand(project, findDocument(project, command.documentId), command);
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
    documents = [...documents, { id: docId, title, versions: [], columns: null }];
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
    schemaVersion: SCHEMA_VERSION,
    id: ctx.newId(),
    name: trimmed,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    documents: [],
    annotations: [],
    alignmentFixes: [],
    review: { ...DEFAULT_REVIEW_SETTINGS },
  };
}
