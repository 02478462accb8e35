import { franc } from 'franc-min';
import { countHanVariants } from './han-variants';
import { toBcp47 } from './iso639';
import { countScripts, keepScript, type Script } from './scripts';

// Enough text to be sure, little enough to stay fast on a 10 MB file (franc's trigram pass is the slow part).
const SAMPLE_CHARS = 20_000;
// Fewer letters than this in an alphabet shared by many languages is a guess, not a detection.
const MIN_ALPHABETIC_LETTERS = 20;
// Scripts that, by themselves, name one language.
const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  Hangul: 'ko',
  Hebrew: 'he',
  Greek: 'el',
  Thai: 'th',
  Armenian: 'hy',
  Georgian: 'ka',
};
const FRANC_CANDIDATES: Partial<Record<Script, string[]>> = {
  Cyrillic: ['rus', 'ukr', 'bel', 'bul', 'srp', 'kaz'],
  Arabic: ['arb', 'pes', 'urd'],
  Devanagari: ['hin', 'mar', 'npi'],
};

/** The script with the most weight; a Han, kana or Hangul character counts for two letters, as it carries more. */
function dominantScript(counts: Record<Script, number>): Script | null {
  let best: Script | null = null;
  let bestWeight = 0;
  for (const [script, count] of Object.entries(counts) as [Script, number][]) {
    const weight = script === 'Han' || script === 'Kana' || script === 'Hangul' ? count * 2 : count;
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  return best;
}

/** Japanese if kana are more than a trace, else Chinese in the script its distinct characters point to. */
function detectHan(sample: string, counts: Record<Script, number>): string | null {
  const hanAndKana = counts.Han + counts.Kana;
  if (hanAndKana < 2) return null;
  if (counts.Kana >= 0.05 * hanAndKana) return 'ja';
  const { simplified, traditional } = countHanVariants(sample);
  if (traditional > simplified) return 'zh-Hant';
  if (simplified > traditional) return 'zh-Hans';
  return 'zh';
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Persian and Urdu only when franc says so and their own letters back it up; otherwise Arabic. */
function detectArabicScript(sample: string): string {
  const guess = franc(sample, { only: FRANC_CANDIDATES.Arabic, minLength: 1 });
  const arabicOnly = count(sample, /[\u064A\u0643\u0629]/gu); // ي ك ة
  const persianLetters = count(sample, /[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/gu); // ی ک پ چ ژ گ
  const urduLetters = count(sample, /[\u0679\u0688\u0691\u06BA\u06D2\u06BE]/gu); // ٹ ڈ ڑ ں ے ھ
  if (guess === 'urd' && urduLetters > 0 && persianLetters > arabicOnly) return 'ur';
  if (guess === 'pes' && persianLetters > arabicOnly) return 'fa';
  return 'ar';
}

/** Guesses a text's language as a BCP 47 tag (e.g. "ru", "zh-Hant"), or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = countScripts(sample);
  const script = dominantScript(counts);
  if (!script) return null;
  if (script === 'Han' || script === 'Kana') return detectHan(sample, counts);
  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  if (single) return counts[script] >= 2 ? single : null;
  if (script === 'Arabic')
    return counts.Arabic >= 2 ? detectArabicScript(keepScript(sample, 'Arabic')) : null;
  if (counts[script] < MIN_ALPHABETIC_LETTERS) return null;
  const only = FRANC_CANDIDATES[script];
  const guess = franc(keepScript(sample, script), {
    minLength: MIN_ALPHABETIC_LETTERS,
    ...(only ? { only } : {}),
  });
  if (guess === 'und') return script === 'Devanagari' ? 'hi' : null;
  return toBcp47(guess);
}
