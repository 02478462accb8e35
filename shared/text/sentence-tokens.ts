// Small, bounded looks at the words around a candidate sentence break: the word before it and the word after it.
// Each look reads at most a few dozen characters, so judging every break keeps segmentation linear.

import { isAmbiguousQuote, isDash, isDirectionMark, isLetter, isOpener, isSpace } from './sentence-chars';

// No abbreviation, initial or ordinal is longer than this; a longer run without spaces is simply not one.
const MAX_TOKEN = 48;
const MAX_WORD = 32;
const MAX_SKIP = 8;

/** Start of the white-space-delimited word ending at `end`, looking back no further than `floor`. */
function tokenStart(text: string, floor: number, end: number): number {
  const limit = Math.max(floor, end - MAX_TOKEN);
  let s = end;
  while (s > limit && !isSpace(text.charCodeAt(s - 1))) s -= 1;
  return s;
}

/** The word ending at `end` (without opening quotes or brackets) and where it starts. */
export function wordBefore(text: string, floor: number, end: number): { word: string; start: number } {
  const start = tokenStart(text, floor, end);
  let s = start;
  while (s < end && (isOpener(text.charAt(s)) || isAmbiguousQuote(text.charAt(s)))) s += 1;
  return { word: text.slice(s, end), start };
}

/** The word before the one starting at `start` (skipping the white space between), or '' when there is none. */
export function previousWord(text: string, floor: number, start: number): string {
  let e = start;
  const limit = Math.max(floor, start - MAX_SKIP);
  while (e > limit && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e === start || e <= floor) return '';
  return wordBefore(text, floor, e).word;
}

/** What a sentence piece opens with, once opening quotes, brackets, dashes and spaces are skipped. */
export interface PieceOpening {
  /** The first significant character ('' when the piece has none within reach). */
  first: string;
  /** The letters of the first word ('' when it does not start with a letter). */
  word: string;
  /** The character right after that word ('' at the end). */
  after: string;
}

/** Reads how text[start, end) opens; looks at a bounded number of characters. */
export function pieceOpening(text: string, start: number, end: number): PieceOpening {
  let i = start;
  const skipLimit = Math.min(end, start + MAX_SKIP);
  while (i < skipLimit) {
    const ch = text.charAt(i);
    if (!(
      isOpener(ch) ||
      isAmbiguousQuote(ch) ||
      isDash(ch) ||
      isSpace(ch.charCodeAt(0)) ||
      isDirectionMark(ch)
    )) {
      break;
    }
    i += 1;
  }
  if (i >= end) return { first: '', word: '', after: '' };
  const first = String.fromCodePoint(text.codePointAt(i) ?? 0);
  let j = i;
  const wordLimit = Math.min(end, i + MAX_WORD);
  while (j < wordLimit) {
    const cp = String.fromCodePoint(text.codePointAt(j) ?? 0);
    if (!isLetter(cp) && !/\p{M}/u.test(cp)) break;
    j += cp.length;
  }
  return { first, word: text.slice(i, j), after: j < end ? text.charAt(j) : '' };
}
