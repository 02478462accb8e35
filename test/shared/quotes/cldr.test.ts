import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cldrDelimiters, cldrLocales } from '../../../shared/quotes/cldr-delimiters';
import { CLDR_DELIMITERS_VERSION } from '../../../shared/quotes/cldr-delimiters.data';
import { repoRoot } from '../../support/paths';

const pkg = join(repoRoot, 'node_modules', 'cldr-misc-full');

describe('CLDR delimiter table', () => {
  it('is in sync with the installed cldr-misc-full (run scripts/gen-cldr-delimiters.mjs if not)', () => {
    const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(CLDR_DELIMITERS_VERSION).toBe(version);
    const locales = readdirSync(join(pkg, 'main')).filter((l) =>
      existsSync(join(pkg, 'main', l, 'delimiters.json')),
    );
    expect([...cldrLocales()].sort()).toEqual([...locales].sort());
    for (const locale of locales) {
      const json = JSON.parse(readFileSync(join(pkg, 'main', locale, 'delimiters.json'), 'utf8')) as {
        main: Record<string, { delimiters: Record<string, string> }>;
      };
      expect(cldrDelimiters(locale), locale).toEqual(json.main[locale]!.delimiters);
    }
  });

  it('falls back from specific tags and normalises case', () => {
    expect(cldrDelimiters('de-AT-1996')?.quotationStart).toBe('„');
    expect(cldrDelimiters('zh-hant-tw')?.quotationStart).toBe('「');
    expect(cldrDelimiters('fr_CH')?.alternateQuotationStart).toBe('‹');
    expect(cldrDelimiters('ru')).toEqual({
      quotationStart: '«',
      quotationEnd: '»',
      alternateQuotationStart: '„',
      alternateQuotationEnd: '“',
    });
    expect(cldrDelimiters('qq-unknown')).toBeNull();
  });
});
