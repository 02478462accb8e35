// Character classes the sentence rules need: white space, quotation marks and brackets (opening, closing or either),
// letters by case. Kept apart so the rules read as rules, not as code-point tables.

/** True for white space, including no-break and ideographic spaces and the byte-order mark. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x85 ||
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

/** Marks that only ever open: brackets and low-9 quotes. */
const OPENERS = new Set('([{¿¡„‚⹂〈《「『【〔〖〘〚（［｛｟'.split(''));
/** Marks that only ever close: brackets and CJK corner quotes. */
const CLOSERS = new Set(')]}〉》」』】〕〗〙〛）］｝｠'.split(''));
/** Quotation marks whose role (opening or closing) depends on the language and on where they stand. */
const EITHER = new Set('"\'“”‘’«»‹›＂＇'.split(''));
/** Invisible direction marks that travel with the text around them (LRM, RLM, ALM). */
const DIRECTION_MARKS = new Set(['\u200e', '\u200f', '\u061c']);

/** True for a mark that opens a quotation or bracket wherever it stands. */
export function isOpener(ch: string): boolean {
  return OPENERS.has(ch);
}

/** True for a mark that closes a quotation or bracket wherever it stands. */
export function isCloser(ch: string): boolean {
  return CLOSERS.has(ch);
}

/** True for any quotation mark or bracket, opening, closing or ambiguous. */
export function isQuoteOrBracket(ch: string): boolean {
  return OPENERS.has(ch) || CLOSERS.has(ch) || EITHER.has(ch);
}

/** True for a quotation mark that may open or close ("'“”‘’«»‹›). */
export function isAmbiguousQuote(ch: string): boolean {
  return EITHER.has(ch);
}

/** True for LRM, RLM and ALM, which belong to the text they mark and never count as content. */
export function isDirectionMark(ch: string): boolean {
  return DIRECTION_MARKS.has(ch);
}

const DASHES = new Set('-‐‑‒–—―'.split(''));

/** True for hyphens and dashes, which open dialogue in Spanish and Russian and attach speech to its verb. */
export function isDash(ch: string): boolean {
  return DASHES.has(ch);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const DIGIT = /\p{Nd}/u;
const CASED_OR_DIGIT = /[\p{Ll}\p{Lu}\p{Lt}\p{Nd}]/u;

/** True for a letter of any script. */
export function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** True for a lower-case letter (scripts without case have none). */
export function isLower(ch: string): boolean {
  return LOWER.test(ch);
}

/** True for an upper- or title-case letter. */
export function isUpper(ch: string): boolean {
  return UPPER.test(ch);
}

/** True for a decimal digit of any script. */
export function isDigit(ch: string): boolean {
  return DIGIT.test(ch);
}

/** True for a cased letter or a digit: the characters that continue a word written without spaces around dots. */
export function isCasedOrDigit(ch: string): boolean {
  return CASED_OR_DIGIT.test(ch);
}

const CONTENT = /[\p{L}\p{N}]/u;

/** True when text[start, end) holds at least one letter or digit; linear in the span. */
export function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a)
      ) {
        return true;
      }
    } else if (
      CONTENT.test(text.charAt(i)) ||
      (code >= 0xd800 && code <= 0xdbff && CONTENT.test(text.slice(i, i + 2)))
    ) {
      return true;
    }
  }
  return false;
}
