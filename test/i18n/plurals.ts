/** The suffixes i18next adds for plural forms (`key_one`, `key_few`, …). */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

const SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

/** Splits `x_few` into base `x` and form `few`; null for a key without a plural suffix. */
export function splitPlural(key: string): { base: string; form: PluralForm } | null {
  const match = SUFFIX.exec(key);
  if (!match || !match[1]) return null;
  return { base: match[1], form: match[2] as PluralForm };
}

/** The forms i18next looks up for a locale, straight from the platform's CLDR data. */
export function requiredForms(locale: string): PluralForm[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralForm[];
}

/**
 * Forms that stand for exactly one whole number (English "one", Arabic "zero"/"one"/"two", and i18next's extra
 * `_zero` for a count of 0 in any language), where a translation may spell the number out instead of `{{count}}`.
 */
export function singleNumberForms(locale: string): Set<PluralForm> {
  const rules = new Intl.PluralRules(locale);
  const hits = new Map<string, number>();
  for (let n = 0; n <= 1000; n += 1) {
    const form = rules.select(n);
    hits.set(form, (hits.get(form) ?? 0) + 1);
  }
  const single = new Set<PluralForm>(['zero']);
  for (const [form, count] of hits) if (count === 1) single.add(form as PluralForm);
  return single;
}
