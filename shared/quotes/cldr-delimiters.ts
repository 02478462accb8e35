import { CLDR_DELIMITER_GROUPS } from './cldr-delimiters.data';

/** A locale's expected quotation marks (CLDR): primary pair and alternate (nested) pair. */
export interface LocaleDelimiters {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}

let byLocale: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (byLocale) return byLocale;
  byLocale = new Map();
  for (const [key, locales] of Object.entries(CLDR_DELIMITER_GROUPS)) {
    for (const locale of locales.split(' ')) byLocale.set(locale, key);
  }
  return byLocale;
}

/** Every CLDR locale id in the table (for the sync test and for listing). */
export function cldrLocales(): string[] {
  return [...table().keys()];
}

/** CLDR delimiters for a BCP 47 tag, falling back from the most specific subtag ("de-CH-1996" → "de-CH" → "de"); null when unknown. */
export function cldrDelimiters(lang: string): LocaleDelimiters | null {
  const parts = lang.replace(/_/g, '-').split('-').filter(Boolean);
  const map = table();
  for (let n = parts.length; n > 0; n--) {
    const tag = parts
      .slice(0, n)
      .map((p, i) =>
        i === 0
          ? p.toLowerCase()
          : p.length === 4
            ? p[0]!.toUpperCase() + p.slice(1).toLowerCase()
            : p.length === 2
              ? p.toUpperCase()
              : p,
      )
      .join('-');
    const key = map.get(tag);
    if (key) {
      const [qs, qe, as, ae] = [...key] as [string, string, string, string];
      return { quotationStart: qs, quotationEnd: qe, alternateQuotationStart: as, alternateQuotationEnd: ae };
    }
  }
  return null;
}
