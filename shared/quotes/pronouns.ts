import { primaryLanguage } from './reporting-cues';

/** Grammatical gender of a person reference, when the language shows it. */
export type Gender = 'm' | 'f';

interface PronounTable {
  /** Third-person singular subject (and object) pronouns with their gender. */
  personal: Readonly<Record<string, Gender | null>>;
  /** Possessives ("his remarks", "его слова") with their gender. */
  possessive: Readonly<Record<string, Gender | null>>;
}

const TABLES: Record<string, PronounTable> = {
  en: { personal: { he: 'm', she: 'f', him: 'm', her: 'f' }, possessive: { his: 'm', her: 'f' } },
  ru: {
    personal: { он: 'm', она: 'f', ему: 'm', ей: 'f', него: 'm', неё: 'f', нее: 'f' },
    possessive: { его: 'm', её: 'f', ее: 'f' },
  },
  uk: { personal: { він: 'm', вона: 'f', йому: 'm', їй: 'f' }, possessive: { його: 'm', її: 'f' } },
  de: {
    personal: { er: 'm', sie: 'f', ihm: 'm' },
    possessive: { seine: 'm', seinen: 'm', seiner: 'm', ihre: 'f', ihren: 'f', ihrer: 'f' },
  },
  fr: { personal: { il: 'm', elle: 'f', lui: null }, possessive: { ses: null, sa: null, son: null } },
  es: { personal: { él: 'm', ella: 'f' }, possessive: { su: null, sus: null } },
  pt: { personal: { ele: 'm', ela: 'f' }, possessive: { seu: null, sua: null, seus: null, suas: null } },
  it: {
    personal: { lui: 'm', lei: 'f', egli: 'm', ella: 'f' },
    possessive: { suo: null, sua: null, suoi: null, sue: null },
  },
  pl: { personal: { on: 'm', ona: 'f' }, possessive: { jego: 'm', jej: 'f' } },
  zh: { personal: { 他: 'm', 她: 'f' }, possessive: { 他的: 'm', 她的: 'f' } },
  ar: { personal: { هو: 'm', هي: 'f' }, possessive: {} },
};

/** If word is a third-person personal pronoun in lang: its gender (null when the pronoun does not show one). */
export function personalPronoun(word: string, lang: string): { gender: Gender | null } | null {
  const table = TABLES[primaryLanguage(lang)];
  if (!table) return null;
  const key = word.toLowerCase();
  return Object.hasOwn(table.personal, key) ? { gender: table.personal[key] ?? null } : null;
}

/** If word is a third-person possessive in lang: its gender (null when unmarked). */
export function possessivePronoun(word: string, lang: string): { gender: Gender | null } | null {
  const table = TABLES[primaryLanguage(lang)];
  if (!table) return null;
  const key = word.toLowerCase();
  return Object.hasOwn(table.possessive, key) ? { gender: table.possessive[key] ?? null } : null;
}

/** Gender a past-tense speech verb shows (ru/uk/pl "сказала", "заявила", "powiedziała"; ar "قالت"). */
export function verbGender(verb: string, lang: string): Gender | null {
  const l = primaryLanguage(lang);
  const v = verb.toLowerCase();
  if (l === 'ru' || l === 'uk') {
    if (/ла(сь)?$/u.test(v)) return 'f';
    if (/(л|в|лся)$/u.test(v)) return 'm';
  }
  if (l === 'pl') {
    if (v.endsWith('ła')) return 'f';
    if (v.endsWith('ł')) return 'm';
  }
  if (l === 'ar') {
    if (/^[وف]?(?:ت|.+ت)$/u.test(v) && !/^[وف]?(?:تابع)$/u.test(v)) return 'f';
    return 'm';
  }
  return null;
}

/** Languages that drop subject pronouns, so a bare speech verb ("dijo", "заявила", "قال") means "he/she said". */
export function isProDrop(lang: string): boolean {
  return ['ru', 'uk', 'pl', 'es', 'pt', 'it', 'ar', 'zh'].includes(primaryLanguage(lang));
}
