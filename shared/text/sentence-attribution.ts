// `"Welcome to Russia!" Putin said.`: a short attribution after a quotation that ends in ! ? or . belongs to the
// quotation's sentence. Recognized by a speech verb in a piece of a few words.

import { isAmbiguousQuote, isCloser } from './sentence-chars';

// Past and present forms of the verbs news uses to attribute speech; lower-case, any of the supported languages.
const SPEECH_VERBS = new Set([
  // en
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'asks',
  'told',
  'noted',
  'wrote',
  'replied',
  'stressed',
  'explained',
  'insisted',
  'declared',
  'shouted',
  'warned',
  'vowed',
  'recalled',
  'continued',
  'concluded',
  'tweeted',
  // ru, uk
  'сказал',
  'сказала',
  'заявил',
  'заявила',
  'отметил',
  'отметила',
  'добавил',
  'добавила',
  'подчеркнул',
  'подчеркнула',
  'сказав',
  'заявив',
  'зазначив',
  'додав',
  // de
  'sagte',
  'sagt',
  'erklärte',
  'betonte',
  'fügte',
  // fr, es, it, pl
  'dit',
  'déclaré',
  'ajouté',
  'dijo',
  'afirmó',
  'añadió',
  'detto',
  'dichiarato',
  'aggiunto',
  'powiedział',
  'powiedziała',
  'dodał',
  'dodała',
  'stwierdził',
  'podkreślił',
]);

const MAX_WORDS = 6;
const MAX_CHARS = 80;

/** True when text[start, end) ends a quotation: a closing mark after ! ? . … or 。！？ */
export function endsQuotation(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && i > end - 4) {
    const ch = text.charAt(i - 1);
    if (!isCloser(ch) && !isAmbiguousQuote(ch)) break;
    i -= 1;
  }
  return i < end && i > start && '!?.…。！？'.includes(text.charAt(i - 1));
}

// Chinese and Japanese attributions ("他说。", "李尚福表示。", "と述べた。") are written without spaces.
const CJK_SPEECH = /说|說|表示|指出|称|稱|问|問|言った|述べた/u;
const MAX_CJK_CHARS = 12;

/** True when text[start, end) is a short attribution such as "Putin said.", "Tusk told reporters." or "他说。" */
export function isAttribution(text: string, start: number, end: number): boolean {
  if (text.charAt(end - 1) === '。') {
    return end - start <= MAX_CJK_CHARS && CJK_SPEECH.test(text.slice(start, end));
  }
  if (end - start > MAX_CHARS || text.charAt(end - 1) !== '.') return false;
  const words = text
    .slice(start, end - 1)
    .toLowerCase()
    .split(/[\s,]+/u);
  return words.length <= MAX_WORDS && words.some((w) => SPEECH_VERBS.has(w));
}
