/**
 * Reporting cues per language: speech verbs, verbs whose object is the addressee, and "according to" forms.
 *
 * Source: /work/shared/lexicons/reporting_cues.json (textacy REPORTING_VERBS, Apache-2.0; GenderGapTracker quote
 * verb lists, MIT; cue counts from uhh-lt/german-news-quotation-attribution-2024 and pixelmagenta/adaq), checked and
 * extended by hand: feminine and plural past forms for ru/uk/pl, participles for fr/it (they cover every compound
 * tense: "a déclaré", "aveva detto"), pro-drop and inversion forms, and Arabic forms with the conjunctions و/ف.
 */

import type { CueLexicon } from './reporting-cue-types';
import { DE, EN, FR } from './reporting-cues-en-de-fr';
import { ES, IT, PL, PT } from './reporting-cues-es-pt-it-pl';
import { AR, RU, UK, ZH } from './reporting-cues-ru-uk-zh-ar';

export type { CueLexicon };

const LEXICONS: Record<string, CueLexicon> = {
  en: EN,
  ru: RU,
  uk: UK,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  pl: PL,
  zh: ZH,
  ar: AR,
};

/** The primary language subtag ("zh-Hant" → "zh"), lower-case. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The cue lexicon for a language; English when the language has none (quotes in other languages still get marks). */
export function cuesFor(lang: string): CueLexicon {
  return LEXICONS[primaryLanguage(lang)] ?? EN;
}

/** True when the language's cue lexicon is our own, not the English fallback. */
export function hasCues(lang: string): boolean {
  return primaryLanguage(lang) in LEXICONS;
}
