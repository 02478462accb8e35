// Words that end in a full stop without (necessarily) ending the sentence. Intl.Segmenter (ICU) breaks after "Mr." or
// "г." when a capital follows; these tables tell the segmenter how to judge such a break. Keys are lower-case,
// without the final dot; dotted forms keep their inner dots ("т.е", "z.b", "p.ex").

/**
 * How a word ending in "." relates to the sentence end:
 * - `title` always precedes what it qualifies ("Mr.", "Dr.", "ул.", "z. B.") — never a sentence end;
 * - `number` precedes a number ("No. 5", "Jan. 16", "S. 12") — a sentence end unless a digit follows;
 * - `ambiguous` may end a sentence ("г.", "Inc.", "U.S.") — a sentence end only when a typical sentence opener follows;
 * - `ender` usually closes a sentence ("etc.", "т.д.", "usw.") — a sentence end whenever ICU says so.
 */
export type AbbreviationKind = 'title' | 'number' | 'ambiguous' | 'ender';

/** A word list written as one space-separated string, which keeps these tables readable. */
export function words(list: string): readonly string[] {
  return list.split(' ');
}

interface LanguageTable {
  title?: readonly string[];
  number?: readonly string[];
  ambiguous?: readonly string[];
  ender?: readonly string[];
}

// Latin-script words shared by all languages (foreign names and titles show up in every language's news).
const COMMON: LanguageTable = {
  title: ['dr', 'prof', 'vs'],
  number: ['nr'],
  ambiguous: words('st u.s u.k u.n e.u p.m a.m ph.d'),
  ender: ['etc'],
};

const EN_MONTHS = words('jan feb mar apr jun jul aug sep sept oct nov dec');

const TABLES: Record<string, LanguageTable> = {
  en: {
    title: words(
      'mr mrs ms messrs mmes gen lt col sgt capt cmdr adm maj brig cpl pvt gov sen rep pres rev hon fr supt insp det amb atty mt e.g i.e cf approx',
    ),
    number: [...words('no nos vol p pp art fig ch sec para'), ...EN_MONTHS],
    ambiguous: words('inc ltd co corp jr sr bros plc llc ave blvd rd ft dept govt'),
    ender: ['al'],
  },
  ru: {
    title: words('ул им проф акад ген тов дж просп пер пл наб см ср св т.е т.к т.н'),
    number: words('п ч т стр рис табл янв февр апр авг сент окт нояб дек'),
    ambiguous: words('г гг в вв тыс млн млрд трлн руб коп долл обл д с ст н.э р-н'),
    ender: words('т.д т.п др пр и.т.д и.т.п'),
  },
  uk: {
    title: words('вул ім проф акад ген див св м т.зв пр-т'),
    number: words('п ч т січ лют бер квіт трав черв лип серп вер жовт лист груд'),
    ambiguous: words('р рр ст тис млн млрд трлн грн обл с н.е'),
    ender: words('т.д т.п ін і.т.д'),
  },
  de: {
    title: words(
      'hr hrn fr st sog bzw ca vgl ggf evtl inkl zzgl exkl gem lt ehem insb dipl ing z.b d.h u.a z.t i.d.r s.o s.u o.g',
    ),
    number: words('abs art bd jan feb mär apr jun jul aug sep sept okt nov dez'),
    ambiguous: words('mio mrd jh jhd str tel e.v o.ä u.ä gmbh'),
    ender: ['usw', 'u.s.w'],
  },
  fr: {
    title: words('m mm mme mmes mlle mlles me mgr pr ste p.ex cf av bd env c.-à-d'),
    number: words('art janv févr avr juil sept oct nov déc vol chap'),
    ambiguous: ['cie', 'éd'],
  },
  es: {
    title: words('sr sra srta sres sras dra dña ud uds av avda lic ing gral excmo excma sto sta p.ej vid'),
    number: words('pág págs núm art ene feb abr ago sept sep oct nov dic cap vol'),
    ambiguous: ['ee.uu', 'cía', 'hnos'],
    ender: ['h'],
  },
  it: {
    title: words('sig sigg dott ing avv on geom rag arch mons sen gen col ca p.es'),
    number: words('pag pagg art n cap fig vol feb apr giu lug ago sett ott nov dic'),
    ambiguous: ['mln', 'mld', 'spa'],
    ender: ['ecc'],
  },
  // Arabic writes a few abbreviations with a dot: د. (Dr.), أ.د. (Prof. Dr.), م. (engineer, or AD after a year).
  ar: {
    title: words('د أ.د ص.ب'),
    ambiguous: words('م هـ ق.م'),
  },
  pl: {
    title: words('np tzw prof ul al pl os im gen płk mjr kpt por ks św ws tj ok m.in pt wg dot'),
    number: words('art ust pkt godz str poz sty lut mar kwi maj cze lip sie wrz paź lis gru'),
    ambiguous: words('r rr w tys mln mld zł gr woj pow'),
    ender: words('itd itp in i.in'),
  },
};

export interface AbbreviationTable {
  /** The kind of a lower-case word without its final dot, if it is a known abbreviation. */
  kindOf(word: string): AbbreviationKind | undefined;
}

const cache = new Map<string, AbbreviationTable>();

/** The primary language subtag of a BCP 47 tag, lower-case ("zh-Hant" → "zh"). */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

function addAll(map: Map<string, AbbreviationKind>, table: LanguageTable): void {
  const kinds: readonly AbbreviationKind[] = ['title', 'number', 'ambiguous', 'ender'];
  for (const kind of kinds) for (const word of table[kind] ?? []) map.set(word, kind);
}

/** The abbreviation table for a BCP 47 tag: the language's own words over the shared ones (English for others). */
export function abbreviationsFor(lang: string): AbbreviationTable {
  const primary = primaryLanguage(lang);
  let table = cache.get(primary);
  if (!table) {
    const map = new Map<string, AbbreviationKind>();
    addAll(map, COMMON);
    // Languages without their own list (zh, ja, ar, he, …) still meet English names and titles in Latin script.
    addAll(map, TABLES[primary] ?? TABLES.en ?? {});
    table = { kindOf: (word) => map.get(word) };
    cache.set(primary, table);
  }
  return table;
}
