import { basename } from 'node:path';
import { alignSides } from '../../shared/align/align';
import { formatBeadLine } from '../../shared/align/bead-format';
import type { AlignResult, AlignSide, Bead } from '../../shared/align/types';
import type { Span } from '../../shared/model/span';
import { detectLanguage } from '../../shared/text/language';
import { decodeBytes } from '../backend/readers/decode';
import { readImport } from '../backend/readers/read-import';
import { readLimited } from '../backend/readers/read-limited';

/** One side of `verbatim align` as read from disk: its text, segments (offsets into text) and language. */
export interface AlignInput {
  file: string;
  language: string;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** paragraphOf[i] = index of the paragraph holding sentence i. */
  paragraphOf: number[];
}

/** What `verbatim align --json` prints. */
export interface AlignReport {
  source: AlignInput;
  target: AlignInput;
  beads: Bead[];
  paragraphBeads: Bead[];
}

function paragraphIndex(paragraphs: readonly Span[], sentences: readonly Span[]): number[] {
  let p = 0;
  return sentences.map((s) => {
    while (p + 1 < paragraphs.length && paragraphs[p].end <= s.start) p += 1;
    return p;
  });
}

/** Lines of a presegmented file as spans (a trailing newline ends the last line, it does not start a new one). */
function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k += 1) {
    if (k === text.length || text[k] === '\n') {
      if (k < text.length || start < text.length) {
        const end = k > start && text[k - 1] === '\r' ? k - 1 : k;
        spans.push({ start, end });
      }
      start = k + 1;
    }
  }
  return spans;
}

/**
 * Reads one side: segmented by the importer, or (presegmented) one sentence per line and one paragraph; throws
 * AppError when the file cannot be read. `language` overrides detection.
 */
export async function readAlignInput(
  path: string,
  language: string | undefined,
  presegmented: boolean,
): Promise<AlignInput> {
  const fileName = basename(path);
  const bytes = await readLimited(path, fileName);
  if (presegmented) {
    const { text } = decodeBytes(bytes);
    const sentences = lineSpans(text);
    return {
      file: path,
      language: language ?? detectLanguage(text) ?? 'und',
      text,
      paragraphs: [{ start: 0, end: text.length }],
      sentences,
      paragraphOf: sentences.map(() => 0),
    };
  }
  const read = readImport(bytes, fileName);
  return {
    file: path,
    language: language ?? read.detectedLanguage ?? 'und',
    text: read.text,
    paragraphs: read.paragraphs,
    sentences: read.sentences,
    paragraphOf: paragraphIndex(read.paragraphs, read.sentences),
  };
}

function side(input: AlignInput): AlignSide {
  return {
    lang: input.language,
    sentences: input.sentences.map((s) => input.text.slice(s.start, s.end)),
    paragraphOf: input.paragraphOf,
  };
}

/** Aligns two read inputs. */
export function alignInputs(source: AlignInput, target: AlignInput): AlignResult {
  return alignSides(side(source), side(target));
}

/** The presegmented output: one bead per line, exactly the gold files' format. */
export function beadLines(beads: readonly Bead[]): string {
  return beads.map((b) => `${formatBeadLine(b)}\n`).join('');
}

/** Breaks text into lines of at most `width` characters (at spaces when it can). */
function wrap(text: string, width: number): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  while (chars.length > width) {
    let cut = chars.lastIndexOf(' ', width);
    if (cut <= 0 || cut < width / 2) cut = width;
    lines.push(chars.splice(0, cut).join('').trimEnd());
    while (chars[0] === ' ') chars.shift();
  }
  if (chars.length > 0 || lines.length === 0) lines.push(chars.join(''));
  return lines;
}

/**
 * The readable listing: each bead as a header (source ids ↔ target ids, confidence, a mark for doubtful or empty
 * sides) and the two texts side by side.
 */
export function beadListing(
  source: AlignInput,
  target: AlignInput,
  beads: readonly Bead[],
  labels: { missing: string; doubtful: string },
  columnWidth = 48,
): string {
  const text = (input: AlignInput, ids: number[]): string =>
    ids.map((k) => input.text.slice(input.sentences[k].start, input.sentences[k].end)).join(' ');
  const out: string[] = [];
  for (const b of beads) {
    const ids = `${b.src.map((k) => k + 1).join('+') || '–'} ↔ ${b.tgt.map((k) => k + 1).join('+') || '–'}`;
    const mark = b.confidence < 0.5 ? `  ${labels.doubtful}` : '';
    out.push(`${ids}  (${b.confidence.toFixed(2)})${mark}`);
    const left = b.src.length > 0 ? wrap(text(source, b.src), columnWidth) : [labels.missing];
    const right = b.tgt.length > 0 ? wrap(text(target, b.tgt), columnWidth) : [labels.missing];
    for (let k = 0; k < Math.max(left.length, right.length); k += 1) {
      const l = left[k] ?? '';
      out.push(`  ${l}${' '.repeat(Math.max(0, columnWidth - [...l].length))} │ ${right[k] ?? ''}`.trimEnd());
    }
    out.push('');
  }
  return out.join('\n');
}
