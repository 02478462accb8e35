import type { ProvenanceKind } from './types';

/**
 * Phrases that state who translated quoted words, per language (our own patterns, checked against the sentences in
 * ../shared/corpus/provenance-dev.tsv). Each pattern names the agent in a group `agent` and may name whose words
 * they are in a group `who`. Statements about translating books or articles into languages, people who translate
 * their own words, or interpreters as a topic match none of them.
 */
export interface ProvenancePattern {
  kind: ProvenanceKind;
  re: RegExp;
  /** The phrase counts only in a sentence that holds a quote or a speech verb (interpreters as a topic do not). */
  needsSpeech?: boolean;
  /** A credit line for the whole article ("Translation by …", "中央社(翻譯)"). */
  document?: boolean;
}

export const CAP = "\\p{Lu}[\\p{L}\\p{M}\\-’']*";
export const NAME = `${CAP}(?:\\s+${CAP}){0,3}`;
/** A noun phrase agent: up to six words, stopping at punctuation and clause words. */
export function agent(stops: string): string {
  const word = "[\\p{L}\\p{N}\\p{M}’'&\\-]+(?:\\.[\\p{L}\\p{N}]+)*";
  return `(?<agent>${word}(?:[ \\u00a0]+(?!(?:${stops})(?![\\p{L}]))${word}){0,5})`;
}
export const EN_AGENT = agent(
  'and|which|who|on|in|at|as|from|into|to|during|for|with|after|before|but|while|when|telling|saying|that|said|says|of',
);

export const SPEECH_NOUNS_EN =
  'comments?|remarks?|words|statements?|quotes?|answers?|responses?|speech|address|testimony|replies|reply';

/** Language names in a language (CLDR via Intl.DisplayNames) plus common extras, as a regex alternation. */
export function languageNames(
  lang: string,
  extra: string[],
  transform: (name: string) => string[] = (n) => [n],
): string {
  const codes = [
    'ru',
    'zh',
    'en',
    'uk',
    'de',
    'fr',
    'es',
    'pt',
    'it',
    'pl',
    'ar',
    'ja',
    'ko',
    'fa',
    'tr',
    'he',
    'hi',
    'be',
    'kk',
    'nl',
    'cs',
    'hu',
    'el',
    'sv',
    'fi',
    'ro',
    'sr',
    'hr',
    'ka',
    'hy',
    'az',
    'vi',
    'th',
    'id',
    'ur',
  ];
  const names = new Set<string>(extra);
  try {
    const display = new Intl.DisplayNames([lang], { type: 'language' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && name !== code) for (const form of transform(name)) names.add(form);
    }
  } catch {
    // No CLDR data in this runtime: the extras still work.
  }
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}

/** After a language name: the end of the phrase, not a noun ("in Russian weapons"). */
export const LANG_END =
  '(?=\\s*(?:[,.;:)"“”»«]|$|\\s(?:and|to|at|on|during|before|after|when|while|as|that|but|und|et|y|e|и|і)\\s))';
