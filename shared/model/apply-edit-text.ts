import { AppError } from '../errors';
import { reanchorAnnotations, type ReanchorSummary, type TextEdit } from '../review/reanchor';
import { segmentText } from '../text/segment';
import type { ProjectCommand } from './commands';
import type { Project } from './project';
import type { Version } from './version';

type EditTextCommand = Extract<ProjectCommand, { type: 'version.editText' }>;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `at` falls between the two halves of one character (a surrogate pair), where no edit may begin or end. */
function splitsCharacter(text: string, at: number): boolean {
  return (
    at > 0 &&
    at < text.length &&
    isHighSurrogate(text.charCodeAt(at - 1)) &&
    isLowSurrogate(text.charCodeAt(at))
  );
}

/** True when every surrogate in the string belongs to a pair (String#isWellFormed, which Node 20's types lack). */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(i + 1))) return false;
      i += 1;
    } else if (isLowSurrogate(code)) {
      return false;
    }
  }
  return true;
}

/** The language a version is segmented in: what import detected, else what the reviewer set (as import does). */
export function segmentationLanguage(version: Version): string {
  return version.detectedLanguage ?? version.language;
}

/** The edited text of a version, after checking the range and the result; throws version.editInvalid/editEmpty. */
export function editedText(version: Version, edit: TextEdit): string {
  const { start, end } = edit;
  const old = version.text;
  if (start > end || end > old.length || splitsCharacter(old, start) || splitsCharacter(old, end)) {
    throw new AppError('version.editInvalid', { start, end });
  }
  if (!isWellFormed(edit.text)) throw new AppError('version.editInvalid', { start, end });
  const text = old.slice(0, start) + edit.text + old.slice(end);
  if (text.trim() === '') throw new AppError('version.editEmpty');
  return text;
}

/**
 * Replaces a range of one version's text: paragraphs and sentences are segmented again, and every annotation span
 * on the version is re-anchored (kept, shifted, followed, found again or marked detached, never dropped). Alignment
 * fixes are left as stored: they carry their sentences' texts and are re-located by text (or reported) on alignment.
 */
export function applyEditText(
  project: Project,
  command: EditTextCommand,
): { project: Project; summary: ReanchorSummary } {
  const doc = project.documents.find((d) => d.id === command.documentId);
  if (!doc) throw new AppError('document.notFound', { documentId: command.documentId });
  const version = doc.versions.find((v) => v.id === command.versionId);
  if (!version) throw new AppError('version.notFound', { versionId: command.versionId });
  const edit: TextEdit = { start: command.start, end: command.end, text: command.text };
  const text = editedText(version, edit);
  // Nothing changed: nothing to re-segment or re-anchor.
  if (text === version.text) return { project, summary: { reanchored: 0, detached: 0 } };
  const { paragraphs, sentences } = segmentText(text, segmentationLanguage(version));
  const nextVersion: Version = { ...version, text, paragraphs, sentences };
  const { annotations, summary } = reanchorAnnotations(
    project.annotations.filter((a) => a.documentId === doc.id),
    version.id,
    text,
    edit,
  );
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return {
    project: {
      ...project,
      documents: project.documents.map((d) =>
        d.id === doc.id
          ? { ...d, versions: d.versions.map((v) => (v.id === version.id ? nextVersion : v)) }
          : d,
      ),
      annotations: project.annotations.map((a) => byId.get(a.id) ?? a),
    },
    summary,
  };
}
