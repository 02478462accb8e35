// Judges one candidate sentence break (ICU's, or ours after "…"): is it real, or does the text before it end in an
// abbreviation, an initial, a German ordinal, a dateline, a lone closing mark, or is it followed by a lower-case
// continuation? Every rule looks at a bounded window around the break.

import {
  type AbbreviationKind,
  type AbbreviationTable,
  abbreviationsFor,
  primaryLanguage,
} from './abbreviations';
import { isCasedOrDigit, isDigit, isLetter, isLower, isSpace, isUpper } from './sentence-chars';
import { endsQuotation, isAttribution } from './sentence-attribution';
import { insideShortQuotedTitle } from './sentence-quotes';
import { sentenceStartersFor } from './sentence-starters';
import { type PieceOpening, pieceOpening, previousWord, wordBefore } from './sentence-tokens';

/** Everything about a language the break rules need, computed once per segmentation. */
export interface JoinRules {
  abbreviations: AbbreviationTable;
  starters: ReadonlySet<string>;
  /** German-style ordinals ("3. Oktober") whose dot is not a sentence end. */
  ordinals: boolean;
}

/** The break rules for a BCP 47 tag. */
export function joinRulesFor(lang: string): JoinRules {
  return {
    abbreviations: abbreviationsFor(lang),
    starters: sentenceStartersFor(lang),
    ordinals: primaryLanguage(lang) === 'de',
  };
}

/** A candidate break between the sentence so far and the next piece; offsets into the whole text. */
export interface Break {
  /** Start of the sentence built so far (the paragraph start or the last real break). */
  sentenceStart: number;
  /** Start of the last piece added to it: the word before the break lies within [pieceStart, end). */
  pieceStart: number;
  /** End of the sentence so far (trimmed). */
  end: number;
  /** Start and end of the next piece (trimmed). */
  nextStart: number;
  nextEnd: number;
  /** True when the sentence so far is the paragraph's first piece. */
  firstInParagraph: boolean;
  /** True when the sentence so far holds a letter or digit (tracked by the caller, so no break rescans it). */
  hasContent: boolean;
  /** True when the next piece holds a letter or digit. */
  nextHasContent: boolean;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const ENUMERATOR = /^(?:\d{1,3}|[IVXLCivxlc]{1,6}|\p{L})[.)]$/u;
const BRACKETED_ELLIPSIS = /[[(<]\s?(?:…|\.{3})\s?[\])>]$/u;
const SHORT_DOTTED = /^\p{L}{1,3}\.$/u;
const QUOTATIVE = /^(?:と|って|との|という|とい|など)/u;
const CJK_CLOSERS = '」』”）)〉》】';

// Words that, after "16." in German, show that the number was an ordinal inside the sentence.
const DE_MONTHS = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jahrhundert',
  'jahrestag',
  'geburtstag',
  'lebensjahr',
  'jh',
]);
const DE_ORDINAL_CUES = new Set([
  'am',
  'vom',
  'zum',
  'beim',
  'im',
  'bis',
  'ab',
  'seit',
  'dem',
  'den',
  'der',
  'des',
  'die',
  'das',
  'zur',
  'unser',
  'unsere',
  'unserem',
  'unseren',
  'unserer',
  'ihr',
  'ihre',
  'ihrem',
  'ihren',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'jeder',
  'jedes',
  'jeden',
]);
const DE_CONNECTORS = new Set(['und', 'oder', 'bis', 'bzw.', 'sowie', '–', '-', '—']);

/** True when the break is false and the next piece belongs to the sentence before it. */
export function shouldJoin(text: string, br: Break, rules: JoinRules): boolean {
  if (!br.nextHasContent) return true; // a lone closing mark or stray dot
  if (!br.hasContent) return true; // only punctuation so far
  const opening = pieceOpening(text, br.nextStart, br.nextEnd);
  if (opening.first !== '' && isLower(opening.first)) return true; // "“Really?” he asked."
  if (endsQuotation(text, br.pieceStart, br.end) && isAttribution(text, br.nextStart, br.nextEnd))
    return true;
  if (insideShortQuotedTitle(text, br.pieceStart, br.end, br.nextStart, br.nextEnd)) return true;
  if (
    br.firstInParagraph &&
    br.end - br.sentenceStart <= 8 &&
    ENUMERATOR.test(text.slice(br.sentenceStart, br.end))
  ) {
    return true;
  }
  if (gluedAcrossDot(text, br)) return true;
  if (quotativeAfterClose(text, br)) return true;
  if (BRACKETED_ELLIPSIS.test(text.slice(Math.max(br.pieceStart, br.end - 8), br.end))) return true;
  if (text.charAt(br.end - 1) !== '.') return false;
  return abbreviationJoins(text, br, opening, rules) || ordinalJoins(text, br, opening, rules);
}

/** "г.Москва", "www.Example.com", "Info.Press@…": a dot with a cased letter or digit on both sides and no space. */
function gluedAcrossDot(text: string, br: Break): boolean {
  if (br.end !== br.nextStart) return false;
  const mark = text.charAt(br.end - 1);
  if (mark !== '.' && mark !== '?' && mark !== '!') return false;
  return isCasedOrDigit(text.charAt(br.end - 2)) && isCasedOrDigit(text.charAt(br.nextStart));
}

/** Japanese 「…。」と言った: a closing corner quote followed by a quotative particle continues the sentence. */
function quotativeAfterClose(text: string, br: Break): boolean {
  if (!CJK_CLOSERS.includes(text.charAt(br.end - 1))) return false;
  return QUOTATIVE.test(text.slice(br.nextStart, br.nextStart + 3));
}

/** The kind of the abbreviation ending at the break, or undefined when the word before the dot is not one. */
function abbreviationKind(text: string, br: Break, rules: JoinRules): AbbreviationKind | undefined {
  const { word: token, start } = wordBefore(text, br.pieceStart, br.end);
  if (token.endsWith('..')) return undefined; // an ellipsis, not an abbreviation
  const core = token.slice(0, -1);
  const last = core.charAt(core.length - 1);
  if (core === '' || !isLetter(last)) return undefined;
  const word = core.toLowerCase();
  // "z. B.", "т. д.", "p. ex.": two short dotted pieces that together make one abbreviation.
  if (core.length <= 3) {
    const before = previousWord(text, br.sentenceStart, start);
    if (SHORT_DOTTED.test(before)) {
      const kind = rules.abbreviations.kindOf(`${before.slice(0, -1).toLowerCase()}.${word}`);
      if (kind) return kind;
    }
  }
  const single = [...core].length === 1;
  const known = rules.abbreviations.kindOf(word);
  if (known) return known === 'number' && single ? 'ambiguous' : known;
  if (single) return 'ambiguous'; // an initial: "V. Putin", "B." in "z. B."
  const parts = core.split(/[.-]+/u);
  if (core.includes('.') && parts.every((p) => p !== '' && /^[\p{L}\p{M}]+$/u.test(p))) {
    // Dotted forms: lower-case ones ("e.g.", "т.е.") never end a sentence; capitals ("U.S.", "В.В.", "J.-C.") may.
    // Longer pieces ("kremlin.ru.") are domain names or words run together, which end sentences as usual.
    if (core === word) return parts.every((p) => p.length <= 2) ? 'title' : undefined;
    return parts.every((p) => p.length <= 4) ? 'ambiguous' : undefined;
  }
  return undefined;
}

/** True when the dot before the break belongs to an abbreviation or initial that continues into the next piece. */
function abbreviationJoins(text: string, br: Break, opening: PieceOpening, rules: JoinRules): boolean {
  const kind = abbreviationKind(text, br, rules);
  switch (kind) {
    case 'title':
      return true;
    case 'number':
      return opening.first !== '' && isDigit(opening.first);
    case 'ambiguous':
      if (opening.first === '') return false;
      if (isDigit(opening.first)) return true;
      // Arabic has no capitals: after "د." any word may follow, and only a sentence opener ends the sentence.
      if (!isUpper(opening.first) && !ARABIC_LETTER.test(opening.first)) return false;
      // A following initial ("В. В. Путин") is never a sentence opener, even when it is the word "В".
      if (opening.after === '.') return true;
      return !rules.starters.has(opening.word.toLowerCase());
    default:
      return false;
  }
}

/** German "am 3. Oktober", "unser 16. und 17. Sanktionspaket": the number's dot marks an ordinal. */
function ordinalJoins(text: string, br: Break, opening: PieceOpening, rules: JoinRules): boolean {
  if (!rules.ordinals) return false;
  const { word: token, start } = wordBefore(text, br.pieceStart, br.end);
  if (!/^\d{1,4}\.$/u.test(token)) return false;
  if (DE_MONTHS.has(opening.word.toLowerCase())) return true;
  const before = previousWord(text, br.sentenceStart, start).toLowerCase();
  if (DE_ORDINAL_CUES.has(before)) return true;
  if (DE_CONNECTORS.has(before)) {
    let s = start;
    while (s > br.sentenceStart && isSpace(text.charCodeAt(s - 1))) s -= 1;
    const connectorStart = wordBefore(text, br.sentenceStart, s).start;
    return /^\d{1,4}\.$/u.test(previousWord(text, br.sentenceStart, connectorStart));
  }
  return false;
}
