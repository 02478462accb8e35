import type { Span } from '../model/span';
import { abbreviationsFor } from './abbreviations';

/** Paragraph and sentence spans of one text, both in UTF-16 offsets into that text. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Span[];
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed tag is not worth failing an import over; the root locale's rules are a fine default.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Narrows [start, end) so it neither begins nor ends with white space; null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Each non-blank line is a paragraph, trimmed. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, lineStart, end);
    if (span) paragraphs.push(span);
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

const INITIAL = /^\p{L}\.$/u; // "V." in "V. Putin", "z." in "z. B."
const DOTTED = /^(?:\p{L}{1,2}\.){2,}$/u; // "U.S.", "т.е.", "В.В.", "e.g."
// Dotted abbreviations that usually close a sentence ("и т.д.", "и т.п.").
const SENTENCE_ENDERS = new Set(['т.д.', 'т.п.', 'и.т.д.', 'и.т.п.']);
const TOKEN_OPENERS = '([{«„“"\'‘';

/** The last white-space-delimited word of text[start, end), without opening brackets or quotes. */
function lastToken(text: string, start: number, end: number): string {
  let s = end;
  while (s > start && !isSpace(text.charCodeAt(s - 1))) s -= 1;
  while (s < end && TOKEN_OPENERS.includes(text.charAt(s))) s += 1;
  return text.slice(s, end);
}

/** True when a sentence piece ends in an abbreviation or an initial, so ICU's break after it is a false one. */
function endsInAbbreviation(text: string, piece: Span, abbreviations: ReadonlySet<string>): boolean {
  if (text.charCodeAt(piece.end - 1) !== 0x2e) return false;
  const token = lastToken(text, piece.start, piece.end);
  if (SENTENCE_ENDERS.has(token.toLowerCase())) return false;
  if (INITIAL.test(token) || DOTTED.test(token)) return true;
  return abbreviations.has(token.slice(0, -1).toLowerCase());
}

/** Sentences of one paragraph [start, end), trimmed, with false breaks after abbreviations merged back. */
function splitSentences(
  text: string,
  paragraph: Span,
  segmenter: Intl.Segmenter,
  abbreviations: ReadonlySet<string>,
  out: Span[],
): void {
  const slice = text.slice(paragraph.start, paragraph.end);
  let pending: Span | null = null;
  for (const { segment, index } of segmenter.segment(slice)) {
    const span = trimSpan(text, paragraph.start + index, paragraph.start + index + segment.length);
    if (!span) continue;
    if (pending) {
      pending = { start: pending.start, end: span.end };
    } else {
      pending = span;
    }
    if (!endsInAbbreviation(text, span, abbreviations)) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
}

/** Splits a text into paragraphs (non-blank lines) and sentences (never crossing a paragraph); linear time. */
export function segmentText(text: string, lang: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const segmenter = sentenceSegmenter(lang);
  const abbreviations = abbreviationsFor(lang);
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) splitSentences(text, paragraph, segmenter, abbreviations, sentences);
  return { paragraphs, sentences };
}
