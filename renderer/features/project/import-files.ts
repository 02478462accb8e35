import type { ErrorInfo } from '../../../shared/errors';
import { MAX_IMPORT_BYTES, type ImportedFile, type ImportOutcome } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { errorInfoOf, invoke } from '../../api';
import { bytesToBase64 } from './encode';

/** What an import did, merged over every file; `project` is the newest copy main returned, if any. */
export interface ImportReport {
  project: Project | null;
  imported: ImportedFile[];
  failed: { fileName: string; error: ErrorInfo }[];
}

/** The report of one pickFiles or bytes call. */
export function reportOf(outcome: ImportOutcome): ImportReport {
  return { project: outcome.project, imported: outcome.imported, failed: outcome.failed };
}

/**
 * Sends dropped files to main one by one. With no target story the first file starts a new story and the rest
 * join it, as when several files are picked in the dialog. Files over the limit are refused before being read.
 */
export async function importDroppedFiles(
  projectId: string,
  documentId: string | null,
  files: readonly File[],
  formatSize: (bytes: number) => string,
): Promise<ImportReport> {
  const report: ImportReport = { project: null, imported: [], failed: [] };
  let target = documentId;
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) {
      report.failed.push({
        fileName: file.name,
        error: {
          code: 'import.tooLarge',
          params: { fileName: file.name, size: formatSize(file.size), limit: formatSize(MAX_IMPORT_BYTES) },
        },
      });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const outcome = await invoke('import.bytes', {
        projectId,
        documentId: target,
        fileName: file.name || 'untitled.txt',
        dataBase64: bytesToBase64(bytes),
      });
      report.project = outcome.project;
      report.imported.push(...outcome.imported);
      report.failed.push(...outcome.failed);
      if (target === null && outcome.imported[0]) target = outcome.imported[0].documentId;
    } catch (error) {
      report.failed.push({ fileName: file.name, error: errorInfoOf(error) });
    }
  }
  return report;
}
