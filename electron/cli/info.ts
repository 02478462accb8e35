import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { formatBytes } from '../backend/format-bytes';
import { readImport, type ImportFormat } from '../backend/readers/read-import';

/** What `verbatim info` tells about one file; also the shape of each `--json` line. */
export interface FileReport {
  file: string;
  encoding: string;
  format: ImportFormat;
  language: string | null;
  paragraphs: number;
  sentences: number;
  characters: number;
}

function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    n += 1;
  }
  return n;
}

/** Reads one file from disk and reports on it; throws AppError (unreadable, too large, binary, …) when it cannot. */
export async function inspectFile(path: string): Promise<FileReport> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('import.unreadable', { fileName }, 'not a regular file');
    // Refuse before reading: a huge file should cost nothing.
    if (info.size > MAX_IMPORT_BYTES) {
      throw new AppError('import.tooLarge', {
        fileName,
        size: formatBytes(info.size),
        limit: formatBytes(MAX_IMPORT_BYTES),
      });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'import.unreadable',
      { fileName },
      error instanceof Error ? error.message : String(error),
    );
  }
  const read = readImport(bytes, fileName);
  return {
    file: path,
    encoding: read.encoding,
    format: read.format,
    language: read.detectedLanguage,
    paragraphs: read.paragraphs.length,
    sentences: read.sentences.length,
    characters: countCodePoints(read.text),
  };
}
