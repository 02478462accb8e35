// Tells windows-1251, KOI8-R and ISO-8859-5 apart by decoding with each and asking which result reads like
// Cyrillic prose. The three put upper and lower case in swapped or shifted byte ranges, so a wrong guess turns
// "Привет" into "пРИВЕТ" or shifts every letter ("Добро" → "Фюсаю"): word case patterns, vowels and how often
// the most frequent Cyrillic letters turn up settle it even for one short paragraph.

/** The single-byte encodings that carry Russian, Ukrainian, Bulgarian, Serbian and Belarusian text. */
export const CYRILLIC_ENCODINGS = ['windows-1251', 'koi8-r', 'iso-8859-5'] as const;

const CYRILLIC_WORD = /[\p{sc=Cyrillic}\p{sc=Latin}]+/gu;
const HAS_CYRILLIC = /\p{sc=Cyrillic}/u;
const HAS_LATIN = /\p{sc=Latin}/u;
const VOWEL = /[аеёиоуыэюяієїАЕЁИОУЫЭЮЯІЄЇ]/u;
const LOWER = /^\p{Ll}+$/u;
const UPPER = /^\p{Lu}+$/u;
const TITLE = /^\p{Lu}\p{Ll}+$/u;
// The letters that make up about three quarters of Russian, Ukrainian, Bulgarian and Serbian prose.
const FREQUENT = new Set('оеаинтсрвлкмдпуяіОЕАИНТСРВЛКМДПУЯІ');
// One-letter Slavic words without a vowel are normal ("в", "к", "с", "й" is not one).
const VOWELLESS_OK = new Set(['в', 'к', 'с', 'б', 'ж', 'ль', 'В', 'К', 'С']);

/** How much a text reads like Cyrillic prose: per word ±1 for its form, per letter ±0.5 for its frequency. */
export function cyrillicScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (FREQUENT.has(ch)) score += 0.5;
    else if (HAS_CYRILLIC.test(ch)) score -= 0.5;
  }
  for (const [word] of text.matchAll(CYRILLIC_WORD)) {
    if (!HAS_CYRILLIC.test(word)) continue;
    if (HAS_LATIN.test(word)) {
      score -= 2;
      continue;
    }
    const casing = LOWER.test(word) || TITLE.test(word) || (UPPER.test(word) && word.length > 1);
    const voweled = VOWEL.test(word) || VOWELLESS_OK.has(word);
    score += casing && voweled ? 1 : -1;
  }
  return score;
}

const SAMPLE_BYTES = 64 * 1024;

/** The Cyrillic encoding whose decoding of the file's start scores best; null when none scores above zero. */
export function pickCyrillic(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of CYRILLIC_ENCODINGS) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(sample);
    } catch {
      continue;
    }
    const score = cyrillicScore(text);
    if (score > 0 && (!best || score > best.score)) best = { encoding, score };
  }
  return best?.encoding ?? null;
}
