// Which way a quotation mark or bracket faces at a sentence break: ICU leaves a closing » after a space in the next
// sentence (French « Non ! »), and hangs an opening 「 written without a space on the previous one (。「来い).

import { isAmbiguousQuote, isCloser, isOpener, isSpace } from './sentence-chars';

// What may follow a closing quotation mark directly: sentence punctuation or another closing mark.
const CLOSING_CONTEXT = ',.;:!?…)]}»›”’"\'';

/** True when a quotation mark at `i`, at the start of a piece, closes the quotation before it. */
export function closesQuotation(text: string, i: number, lang: string): boolean {
  const ch = text.charAt(i);
  if (isCloser(ch)) return true;
  if (!isAmbiguousQuote(ch)) return false;
  // Guillemets point the same way wherever they stand: « opens in French or Russian, » opens in German or Danish.
  const reversed = lang === 'de' || lang === 'da';
  if (ch === '«' || ch === '‹') return reversed;
  if (ch === '»' || ch === '›') return !reversed;
  const after = text.charAt(i + 1);
  return after === '' || isSpace(after.charCodeAt(0)) || CLOSING_CONTEXT.includes(after);
}

/** End of the closing marks that open text[start, end) (French « Non ! » puts a space before »), or start. */
export function leadingClosersEnd(text: string, start: number, end: number, lang: string): number {
  let i = start;
  while (i < end && i < start + 8 && closesQuotation(text, i, lang)) i += 1;
  return i;
}

/** True when the mark at `i`, hanging at the end of a piece, opens the next sentence instead. */
function opensQuotation(text: string, i: number, lang: string): boolean {
  const ch = text.charAt(i);
  if (isOpener(ch)) return true;
  const reversed = lang === 'de' || lang === 'da';
  if (ch === '«' || ch === '‹') return !reversed;
  if (ch === '»' || ch === '›') return reversed;
  // “ and ‘ open everywhere except in German-style „…“ quoting; " and ' cannot be told apart here.
  return (ch === '“' || ch === '‘') && !GERMAN_STYLE.has(lang);
}

const GERMAN_STYLE = new Set([
  'de',
  'da',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'lt',
  'et',
  'is',
  'hr',
  'sl',
  'sr',
  'ru',
  'uk',
  'be',
]);

/** Start of the opening marks that end text[floor, end) and belong to the next sentence, or end when none. */
export function trailingOpenersStart(text: string, floor: number, end: number, lang: string): number {
  let i = end;
  while (i > floor && i > end - 4 && opensQuotation(text, i - 1, lang)) i -= 1;
  return i;
}
