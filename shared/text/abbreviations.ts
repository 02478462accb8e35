// Words that end in a full stop without ending the sentence. Intl.Segmenter (ICU) breaks after "Mr." or "г." when a
// capital follows; these lists let the segmenter glue such pieces back together. Lower-case, without the final dot.

const COMMON = ['vs', 'nr', 'st', 'dr', 'prof'];

const BY_LANGUAGE: Record<string, readonly string[]> = {
  en: [
    'mr',
    'mrs',
    'ms',
    'messrs',
    'jr',
    'sr',
    'gen',
    'col',
    'lt',
    'sgt',
    'capt',
    'cmdr',
    'adm',
    'maj',
    'gov',
    'sen',
    'rep',
    'pres',
    'rev',
    'hon',
    'mt',
    'ft',
    'inc',
    'ltd',
    'corp',
    'co',
    'dept',
    'approx',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ],
  ru: [
    'г',
    'гг',
    'им',
    'ул',
    'пр',
    'д',
    'тыс',
    'млн',
    'млрд',
    'трлн',
    'руб',
    'долл',
    'стр',
    'см',
    'проф',
    'акад',
    'ген',
    'тов',
    'гос',
    'обл',
    'респ',
  ],
  uk: ['р', 'рр', 'ім', 'вул', 'тис', 'млн', 'млрд', 'грн', 'проф', 'акад'],
  de: [
    'bzw',
    'ca',
    'hr',
    'fr',
    'vgl',
    'ggf',
    'evtl',
    'inkl',
    'zzgl',
    'abs',
    'bd',
    'jh',
    'mio',
    'mrd',
    'str',
    'tel',
    'sog',
    'zb',
  ],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'cf', 'av', 'bd', 'env', 'art'],
  es: ['sr', 'sra', 'srta', 'dña', 'ud', 'uds', 'av', 'art', 'pág'],
  it: ['sig', 'sigg', 'dott', 'ing', 'avv', 'on', 'art'],
  pl: ['np', 'tzw', 'prof', 'ul', 'al', 'mln', 'mld', 'tys', 'godz', 'im'],
};

const cache = new Map<string, ReadonlySet<string>>();

/** The abbreviation set for a BCP 47 tag (its primary subtag), with the language-independent ones added. */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  let set = cache.get(primary);
  if (!set) {
    set = new Set([...COMMON, ...(BY_LANGUAGE[primary] ?? BY_LANGUAGE.en ?? [])]);
    cache.set(primary, set);
  }
  return set;
}
