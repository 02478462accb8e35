import { basename } from 'node:path';
import { readLimited } from '../backend/readers/read-limited';
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
  const bytes = await readLimited(path, fileName);
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
