// Counts letters per writing system, the first and cheapest clue to a text's language.

/** Writing systems the language detector tells apart. */
export const SCRIPTS = [
  'Han',
  'Kana',
  'Hangul',
  'Arabic',
  'Hebrew',
  'Cyrillic',
  'Latin',
  'Greek',
  'Thai',
  'Devanagari',
  'Armenian',
  'Georgian',
] as const;
export type Script = (typeof SCRIPTS)[number];

const LETTER = new RegExp(
  [
    '(\\p{sc=Han})',
    '(\\p{sc=Hiragana}|\\p{sc=Katakana})',
    '(\\p{sc=Hangul})',
    '(\\p{sc=Arabic})',
    '(\\p{sc=Hebrew})',
    '(\\p{sc=Cyrillic})',
    '(\\p{sc=Latin})',
    '(\\p{sc=Greek})',
    '(\\p{sc=Thai})',
    '(\\p{sc=Devanagari})',
    '(\\p{sc=Armenian})',
    '(\\p{sc=Georgian})',
  ].join('|'),
  'gu',
);

/** Which script a regex match of LETTER belongs to (the index of its capture group). */
function scriptOf(match: RegExpMatchArray): Script | null {
  for (let i = 0; i < SCRIPTS.length; i += 1) {
    if (match[i + 1] !== undefined) return SCRIPTS[i] ?? null;
  }
  return null;
}

/** Letter counts per script; letters of other scripts, digits and punctuation are not counted. */
export function countScripts(text: string): Record<Script, number> {
  const counts = Object.fromEntries(SCRIPTS.map((s) => [s, 0])) as Record<Script, number>;
  for (const match of text.matchAll(LETTER)) {
    const script = scriptOf(match);
    if (script) counts[script] += 1;
  }
  return counts;
}

/** The text with every letter outside `keep` blanked out, so a trigram model sees one script only. */
export function keepScript(text: string, keep: Script): string {
  return text.replace(LETTER, (...args: unknown[]) => {
    const groups = args.slice(1, SCRIPTS.length + 1);
    const index = SCRIPTS.indexOf(keep);
    const whole = String(args[0]);
    return groups[index] !== undefined ? whole : ' ';
  });
}
