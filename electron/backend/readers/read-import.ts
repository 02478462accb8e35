import { AppError } from '../../../shared/errors';
import { markdownToText } from '../../../shared/formats/markdown';
import type { Span } from '../../../shared/model/span';
import { detectLanguage } from '../../../shared/text/language';
import { segmentText } from '../../../shared/text/segment';
import { decodeBytes, type DecodedText } from './decode';

/** File formats the importer reads; everything else is refused by extension. */
export type ImportFormat = 'text' | 'markdown';

/** One imported file as text, ready to become a version: how it was read, its language and its segments. */
export interface ImportedText {
  text: string;
  encoding: string;
  format: ImportFormat;
  detectedLanguage: string | null;
  paragraphs: Span[];
  sentences: Span[];
}

const FORMATS: Record<string, ImportFormat> = {
  '': 'text',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

/** The lower-case extension of a file name ("" when it has none; a leading dot as in ".notes" is not one). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name says, or null for types we do not read. */
export function formatOf(fileName: string): ImportFormat | null {
  return FORMATS[extensionOf(fileName)] ?? null;
}

/** Reads an imported file's bytes: decode, strip Markdown if it is Markdown, detect the language, segment. */
export function readImport(bytes: Uint8Array, fileName: string): ImportedText {
  const format = formatOf(fileName);
  if (!format) throw new AppError('import.unsupportedType', { fileName, extension: extensionOf(fileName) });
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    // The decoder knows nothing of file names; messages name the file, so add it here.
    if (error instanceof AppError)
      throw new AppError(error.code, { ...error.params, fileName }, error.message);
    throw error;
  }
  const text = format === 'markdown' ? markdownToText(decoded.text) : decoded.text;
  if (text.trim() === '') throw new AppError('import.empty', { fileName });
  const detectedLanguage = detectLanguage(text);
  const { paragraphs, sentences } = segmentText(text, detectedLanguage ?? 'und');
  return { text, encoding: decoded.encoding, format, detectedLanguage, paragraphs, sentences };
}
