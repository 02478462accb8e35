import type { Catalog } from './catalog-files';
import type { KeyUsage, Location } from './key-usage';
import { PLURAL_FORMS, requiredForms, singleNumberForms, splitPlural, type PluralForm } from './plurals';

/** Which check a finding comes from, so the real-tree test can report each check on its own. */
export type Rule = 'missing' | 'unused' | 'plural' | 'empty' | 'untranslated' | 'interpolation' | 'code';

/** One failure, with a message that names the key, the locale and where the code uses it. */
export interface Finding {
  rule: Rule;
  message: string;
}

/** Words that stay the same in every language: the product, standards and file formats, and language endonyms. */
export const SAME_IN_EVERY_LANGUAGE = [
  'Verbatim',
  'MQM',
  'XLIFF',
  'ITS',
  'TMX',
  'DOCX',
  'CSV',
  'HTML',
  'PDF',
  'JSON',
  'UTF',
  'English',
  'Русский',
  '简体中文',
  '中文',
  'العربية',
];

const SOURCE_LANGUAGE = 'en';
const INTERPOLATION = /\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g;

/** Runs every catalog check; `catalogs` must hold English (the source) and each translation. */
export function checkCatalogs(
  catalogs: ReadonlyMap<string, Catalog>,
  usage: KeyUsage,
  sameAsEnglishAllowed: readonly string[] = SAME_IN_EVERY_LANGUAGE,
): Finding[] {
  const en = catalogs.get(SOURCE_LANGUAGE) ?? new Map<string, string>();
  const translations = [...catalogs].filter(([lang]) => lang !== SOURCE_LANGUAGE);
  const findings: Finding[] = [];
  const add = (rule: Rule, message: string): void => {
    findings.push({ rule, message });
  };

  for (const p of usage.problems) add('code', `${where(p)}: ${p.message}`);

  const firstUse = new Map<string, Location>();
  for (const use of usage.keys) if (!firstUse.has(use.key)) firstUse.set(use.key, use);

  // Missing: every key the code asks for must resolve in every locale (plain or as plural forms).
  for (const [key, loc] of firstUse) {
    const lacking = [...catalogs].filter(([, catalog]) => !hasKey(catalog, key)).map(([lang]) => lang);
    if (lacking.length > 0)
      add('missing', `key '${key}' used at ${where(loc)} is missing in ${lacking.join(', ')}`);
  }

  // Unused: a catalog key no code asks for, directly, as a plural base, or under a declared dynamic prefix.
  const isUsed = (key: string): boolean => {
    const plural = splitPlural(key);
    return (
      firstUse.has(key) ||
      (plural !== null && firstUse.has(plural.base)) ||
      usage.dynamicPrefixes.some((d) => key.startsWith(d.prefix))
    );
  };
  const unused = new Map<string, string[]>();
  for (const [lang, catalog] of catalogs) {
    for (const key of catalog.keys()) if (!isUsed(key)) unused.set(key, [...(unused.get(key) ?? []), lang]);
  }
  for (const [key, langs] of unused)
    add('unused', `key '${key}' (${langs.join(', ')}) is not used by any code`);
  for (const d of usage.dynamicPrefixes) {
    if (![...en.keys()].some((key) => key.startsWith(d.prefix))) {
      add('unused', `${where(d)}: i18n-dynamic prefix '${d.prefix}' matches no key in ${SOURCE_LANGUAGE}`);
    }
  }

  // Plurals: every locale has exactly the forms its plural rules use (i18next's optional `_zero` aside).
  const enPlurals = pluralBases(en);
  for (const [lang, catalog] of catalogs) {
    const langPlurals = pluralBases(catalog);
    const needed = requiredForms(lang);
    for (const base of enPlurals.keys()) {
      const have = langPlurals.get(base) ?? new Set<PluralForm>();
      const lacking = needed.filter((form) => !have.has(form));
      if (lacking.length > 0)
        add('plural', `plural key '${base}' in ${lang} lacks forms: ${lacking.join(', ')}`);
    }
    for (const [base, forms] of langPlurals) {
      if (!enPlurals.has(base)) {
        add('plural', `'${base}' has plural forms in ${lang} but not in ${SOURCE_LANGUAGE}`);
        continue;
      }
      for (const form of forms) {
        if (form !== 'zero' && !needed.includes(form)) {
          add(
            'plural',
            `'${base}_${form}' in ${lang} is a form ${lang} never uses (it uses ${needed.join(', ')})`,
          );
        }
      }
    }
  }

  // Strings: none empty; translations differ from English unless they are only brand words; placeholders kept.
  const allowed = new Set(sameAsEnglishAllowed);
  for (const [lang, catalog] of catalogs) {
    for (const [key, value] of catalog) if (value.trim() === '') add('empty', `'${key}' in ${lang} is empty`);
  }
  for (const [lang, catalog] of translations) {
    const countOptional = singleNumberForms(lang);
    for (const [key, value] of catalog) {
      const plural = splitPlural(key);
      const english = en.get(key) ?? (plural ? en.get(`${plural.base}_other`) : undefined);
      if (english !== undefined && value === english && needsTranslation(value, allowed)) {
        add('untranslated', `'${key}' in ${lang} is the same as English: ${JSON.stringify(value)}`);
      }
      const expected =
        plural && enPlurals.has(plural.base)
          ? unionVariables(en, plural.base, countOptional.has(plural.form))
          : english !== undefined
            ? { required: variables(english), known: variables(english) }
            : null;
      if (!expected) continue;
      const actual = variables(value);
      for (const name of expected.required) {
        if (!actual.has(name)) add('interpolation', `'${key}' in ${lang} lacks {{${name}}} that English has`);
      }
      for (const name of actual) {
        if (!expected.known.has(name)) {
          add('interpolation', `'${key}' in ${lang} uses {{${name}}}, which English never passes`);
        }
      }
    }
  }
  return findings;
}

function where(loc: Location): string {
  return `${loc.file}:${loc.line}`;
}

function hasKey(catalog: Catalog, key: string): boolean {
  return catalog.has(key) || PLURAL_FORMS.some((form) => catalog.has(`${key}_${form}`));
}

/** Plural bases in a catalog and the forms each has. */
function pluralBases(catalog: Catalog): Map<string, Set<PluralForm>> {
  const bases = new Map<string, Set<PluralForm>>();
  for (const key of catalog.keys()) {
    const plural = splitPlural(key);
    if (!plural) continue;
    const forms = bases.get(plural.base) ?? new Set<PluralForm>();
    forms.add(plural.form);
    bases.set(plural.base, forms);
  }
  return bases;
}

function variables(text: string): Set<string> {
  return new Set([...text.matchAll(INTERPOLATION)].map((m) => m[1] ?? ''));
}

/** What a translated plural form must interpolate: everything any English form does, `count` aside where optional. */
function unionVariables(
  en: Catalog,
  base: string,
  countOptional: boolean,
): { required: Set<string>; known: Set<string> } {
  const known = new Set<string>();
  for (const form of PLURAL_FORMS)
    for (const name of variables(en.get(`${base}_${form}`) ?? '')) known.add(name);
  const required = new Set(known);
  if (countOptional) required.delete('count');
  return { required, known };
}

/** True when the text has words of its own (placeholders removed) that are not on the allow-list. */
function needsTranslation(text: string, allowed: ReadonlySet<string>): boolean {
  const words = text.replace(INTERPOLATION, ' ').match(/\p{L}+/gu) ?? [];
  return words.some((word) => !allowed.has(word));
}
