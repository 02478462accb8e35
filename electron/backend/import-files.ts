import { basename } from 'node:path';
import { AppError, type ErrorInfo } from '../../shared/errors';
import { addVersion, type CommandContext } from '../../shared/model/apply-command';
import type { Project } from '../../shared/model/project';
import type { ImportOutcome } from '../../shared/ipc/contract';
import { readImport } from './readers/read-import';
import { readLimited } from './readers/read-limited';

/** A file to import: a path main chose through its own dialog, or bytes the renderer read from a dropped file. */
export type ImportSource =
  { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; bytes: Uint8Array };

function titleFrom(text: string, fileName: string): string {
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim().length > 0)
      ?.trim() ?? '';
  if (!firstLine) return fileName;
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}

/**
 * Imports files one by one into a story (a new one when documentId is null: all files of one import then share it).
 * A file that fails is reported with its reason and changes nothing; the others still go in.
 */
export async function importIntoProject(
  project: Project,
  documentId: string | null,
  sources: ImportSource[],
  ctx: CommandContext,
): Promise<ImportOutcome> {
  let current = project;
  let docId = documentId;
  const imported: ImportOutcome['imported'] = [];
  const failed: ImportOutcome['failed'] = [];
  for (const source of sources) {
    const fileName =
      source.kind === 'path' ? basename(source.path) : basename(source.fileName.replace(/\\/g, '/'));
    try {
      // readImport refuses oversized bytes too; a path is refused before it is read.
      const bytes = source.kind === 'path' ? await readLimited(source.path) : source.bytes;
      const read = readImport(bytes, fileName);
      const language = read.detectedLanguage ?? 'und';
      const result = addVersion(
        current,
        docId,
        {
          language,
          detectedLanguage: read.detectedLanguage,
          label: fileName.replace(/\.[^.]+$/, ''),
          url: null,
          date: null,
          text: read.text,
          paragraphs: read.paragraphs,
          sentences: read.sentences,
          origin: { fileName, encoding: read.encoding, format: read.format },
        },
        titleFrom(read.text, fileName),
        ctx,
      );
      current = result.project;
      docId = result.documentId;
      imported.push({
        fileName,
        documentId: result.documentId,
        versionId: result.versionId,
        encoding: read.encoding,
        language,
      });
    } catch (error) {
      failed.push({ fileName, error: toInfo(error, fileName) });
    }
  }
  return { project: current, imported, failed };
}

function toInfo(error: unknown, fileName: string): ErrorInfo {
  if (error instanceof AppError) return { code: error.code, params: { fileName, ...error.params } };
  return { code: 'import.unreadable', params: { fileName } };
}
