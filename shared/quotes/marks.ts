import { cldrDelimiters } from './cldr-delimiters';

/** Every character the detector treats as a possible quotation mark (CLDR marks plus forms real text uses). */
const CLOSERS_OF: Readonly<Record<string, string>> = {
  '“': '”“', // English “…”; sloppy “…“
  '”': '“”', // Arabic ”…“; Swedish/Finnish ”…”
  '„': '“”', // German „…“; Polish/Hungarian „…”
  '«': '»', // French, Russian, Swiss, Arabic
  '»': '«»', // German/Danish »…«; Finnish/Swedish »…»
  '‘': '’', // English alternate ‘…’
  '’': '’‘', // Swedish/Finnish ’…’; Arabic alternate ’…‘
  '‚': '‘’', // German alternate ‚…‘
  '‹': '›',
  '›': '‹›',
  '"': '"',
  "'": "'",
  '＂': '＂',
  '「': '」',
  '『': '』',
  '﹁': '﹂',
  '﹃': '﹄',
  '〝': '〞〟',
};

const ONLY_CLOSE = new Set(['」', '』', '﹂', '﹄', '〞', '〟']);

/** Single-quote characters that double as apostrophes ("Li’s", "don’t", "’90s"). */
export const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);

/** True for a character that can open or close a quotation. */
export function isQuoteMark(ch: string): boolean {
  return ch in CLOSERS_OF || ONLY_CLOSE.has(ch);
}

/** True when `close` can end a quotation opened by `open`. */
export function closes(open: string, close: string): boolean {
  return (CLOSERS_OF[open] ?? '').includes(close);
}

/** True when the character can open a quotation in this language (’ opens only where CLDR says so, e.g. Swedish). */
export function canOpen(ch: string, lang: string): boolean {
  if (!(ch in CLOSERS_OF)) return false;
  if (ch === '’' || ch === '›') {
    const d = cldrDelimiters(lang);
    return d !== null && (d.quotationStart === ch || d.alternateQuotationStart === ch);
  }
  return true;
}

/** True when the character can close some quotation. */
export function canClose(ch: string): boolean {
  if (ONLY_CLOSE.has(ch)) return true;
  return Object.values(CLOSERS_OF).some((s) => s.includes(ch));
}

/** Characters that are opening-only (they never close): the flanking test is not needed for them. */
export function isOpenOnly(ch: string): boolean {
  return ch in CLOSERS_OF && !canClose(ch);
}

/** Spaces that typography puts inside guillemets (« … ») and that do not separate a mark from its words. */
export const TIGHT_SPACES = new Set(['\u00a0', '\u202f', '\u2009', '\u200a']);

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True for a letter or digit of an alphabetic script (not CJK, where marks sit between ideographs). */
export function isAlphabeticLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch) && !IDEOGRAPHIC.test(ch);
}

/**
 * True when a single-quote character at `i` is an apostrophe, not a mark: between letters ("Li’s", "п’ять",
 * "l’homme"), an elided year ("’90s"), or "rock ’n’ roll".
 */
export function isApostrophe(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "'" && ch !== '’' && ch !== '‘') return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isAlphabeticLetter(prev) && isAlphabeticLetter(next)) return true;
  const after = text.slice(i + 1, i + 5);
  if (/^\d\ds?\b/u.test(after) && !isAlphabeticLetter(prev)) return true;
  // rock ’n’ roll: the marks around a lone "n"
  if (/^['’‘]n['’‘]/u.test(text.slice(i, i + 3)) && !isAlphabeticLetter(prev)) return true;
  if (/^['’‘]n['’‘]$/u.test(text.slice(i - 2, i + 1)) && !isAlphabeticLetter(next)) return true;
  return false;
}
