import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { UI_LANGUAGES } from '../../shared/i18n/languages';
import { CATALOG_FEATURES } from '../../shared/i18n/resources';
import { lineOf, readSourceFiles, REPO_ROOT } from '../architecture/source-files';
import { flattenFeature, loadCatalogs, type Catalog } from './catalog-files';
import { checkCatalogs, type Finding, type Rule } from './catalog-rules';
import { collectKeyUsage, type KeyUse, type KeyUsage } from './key-usage';
import { requiredForms, singleNumberForms, splitPlural } from './plurals';

/** Builds a flat catalog from nested JSON the way the loader does. */
function cat(feature: string, body: Record<string, unknown>): Catalog {
  const { entries, problems } = flattenFeature(feature, { [feature]: body }, 'test');
  expect(problems).toEqual([]);
  return entries;
}

function usageOf(...keys: string[]): KeyUsage {
  return {
    keys: keys.map((key, i) => ({ key, file: 'renderer/x.tsx', line: i + 1 })),
    dynamicPrefixes: [],
    problems: [],
  };
}

function messages(findings: Finding[], rule: Rule): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => f.message);
}

describe('key collection', () => {
  it('finds literal keys in t() calls and i18nKey attributes, with lines', () => {
    const text = [
      "t('f.a');",
      "i18n.t('f.b', { count: 2 });",
      'translator.t(`f.c`);',
      "this.t('f.d');",
      "props.i18n?.t(flag ? 'f.e' : 'f.f');",
      'const el = <Trans i18nKey="f.g" />; const el2 = <Trans i18nKey={\'f.h\'} />;',
      "format('not.a'); obj.tt('not.b'); const s = \"t('not.c')\"; // t('not.d')",
    ].join('\n');
    const usage = collectKeyUsage([{ path: 'renderer/x.tsx', text }]);
    expect(usage.keys.map((k) => `${k.key}@${k.line}`)).toEqual([
      'f.a@1',
      'f.b@2',
      'f.c@3',
      'f.d@4',
      'f.e@5',
      'f.f@5',
      'f.g@6',
      'f.h@6',
    ]);
    expect(usage.problems).toEqual([]);
  });

  it('rejects non-literal keys unless an i18n-dynamic comment names their prefix', () => {
    const text = [
      'const a = t(key);',
      't(`errors.${code}`); // i18n-dynamic: errors.',
      '// i18n-dynamic: library.sort.',
      't(sortKey);',
      'const b = <Trans i18nKey={name} />;',
    ].join('\n');
    const usage = collectKeyUsage([{ path: 'renderer/y.tsx', text }]);
    expect(usage.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'renderer/y.tsx:1',
      'renderer/y.tsx:5',
    ]);
    expect(usage.problems[0]?.message).toMatch(/non-literal key/);
    expect(usage.dynamicPrefixes.map((d) => `${d.prefix}@${d.line}`)).toEqual([
      'errors.@2',
      'library.sort.@4',
    ]);
  });

  it('flags hard-coded text in renderer JSX, and only there', () => {
    const text = [
      'export const A = () => (',
      '  <div className="flex" title="Close" data-x="ok">',
      '    Hello',
      "    {t('f.a')} &nbsp;— 42 {' '}",
      "    <input placeholder={`Search ${what}`} aria-label={t('f.b')} />",
      "    <img alt={ok ? 'Logo' : ''} src={src} /><Opt label={name ?? 'None'} />",
      '  </div>',
      ');',
    ].join('\n');
    const found = collectKeyUsage([{ path: 'renderer/features/a.tsx', text }]).problems;
    expect(found.map((p) => p.line)).toEqual([2, 3, 5, 6, 6]);
    expect(found[0]?.message).toMatch(/title="Close"/);
    expect(found[1]?.message).toMatch(/JSX text "Hello"/);
    expect(collectKeyUsage([{ path: 'shared/a.tsx', text }]).problems).toEqual([]);
  });
});

describe('catalog checks on synthetic catalogs', () => {
  it('passes a complete, translated set', () => {
    const catalogs = new Map([
      [
        'en',
        cat('f', { a: 'Open {{name}}', n_one: 'One file', n_other: '{{count}} files', brand: 'Verbatim' }),
      ],
      [
        'ru',
        cat('f', {
          a: 'Открыть {{name}}',
          n_one: '{{count}} файл',
          n_few: '{{count}} файла',
          n_many: '{{count}} файлов',
          n_other: '{{count}} файла',
          brand: 'Verbatim',
        }),
      ],
      ['zh-CN', cat('f', { a: '打开 {{name}}', n_other: '{{count}} 个文件', brand: 'Verbatim' })],
    ]);
    expect(checkCatalogs(catalogs, usageOf('f.a', 'f.n', 'f.brand'))).toEqual([]);
  });

  it('reports keys missing in a locale, naming key, locale and use site', () => {
    const catalogs = new Map([
      ['en', cat('f', { a: 'Open', b: 'Close' })],
      ['ru', cat('f', { a: 'Открыть' })],
    ]);
    expect(messages(checkCatalogs(catalogs, usageOf('f.a', 'f.b', 'f.c')), 'missing')).toEqual([
      "key 'f.b' used at renderer/x.tsx:2 is missing in ru",
      "key 'f.c' used at renderer/x.tsx:3 is missing in en, ru",
    ]);
  });

  it('reports unused keys, counting plural bases and dynamic prefixes as uses', () => {
    const catalogs = new Map([
      ['en', cat('f', { a: 'A', old: 'Old', n_one: 'One', n_other: 'Many', dyn: { x: 'X' } })],
      ['ru', cat('f', { a: 'А', stray: 'Лишнее' })],
    ]);
    const usage = usageOf('f.a', 'f.n');
    usage.dynamicPrefixes.push({ prefix: 'f.dyn.', file: 'renderer/x.tsx', line: 9 });
    usage.dynamicPrefixes.push({ prefix: 'f.nothing.', file: 'renderer/x.tsx', line: 10 });
    expect(messages(checkCatalogs(catalogs, usage), 'unused')).toEqual([
      "key 'f.old' (en) is not used by any code",
      "key 'f.stray' (ru) is not used by any code",
      "renderer/x.tsx:10: i18n-dynamic prefix 'f.nothing.' matches no key in en",
    ]);
  });

  it('requires exactly the plural forms each locale uses', () => {
    const catalogs = new Map([
      ['en', cat('f', { n_other: '{{count}} files' })],
      ['ru', cat('f', { n_one: '{{count}} файл', n_other: '{{count}} файла' })],
      ['zh-CN', cat('f', { n_one: '{{count}} 个文件', n_other: '{{count}} 个文件' })],
      [
        'ar',
        cat('f', {
          n_zero: 'لا ملفات',
          n_one: 'ملف واحد',
          n_two: 'ملفان',
          n_few: '{{count}} ملفات',
          n_many: '{{count}} ملفًا',
          n_other: '{{count}} ملف',
          m_other: '{{count}}',
        }),
      ],
    ]);
    expect(messages(checkCatalogs(catalogs, usageOf('f.n', 'f.m')), 'plural')).toEqual([
      "plural key 'f.n' in en lacks forms: one",
      "plural key 'f.n' in ru lacks forms: few, many",
      "'f.n_one' in zh-CN is a form zh-CN never uses (it uses other)",
      "'f.m' has plural forms in ar but not in en",
    ]);
  });

  it('reports empty and untranslated strings, allowing brand-only text', () => {
    const catalogs = new Map([
      [
        'en',
        cat('f', { a: 'Open', b: 'Close', c: 'Verbatim', d: 'MQM: {{score}}', e: '{{count}} %', g: 'Save' }),
      ],
      [
        'ru',
        cat('f', {
          a: 'Open',
          b: '  ',
          c: 'Verbatim',
          d: 'MQM: {{score}}',
          e: '{{count}} %',
          g: 'Сохранить',
        }),
      ],
      [
        'ar',
        cat('f', { a: 'فتح', b: 'إغلاق', c: 'Verbatim', d: 'MQM: {{score}}', e: '{{count}} %', g: 'Save' }),
      ],
    ]);
    const findings = checkCatalogs(catalogs, usageOf('f.a', 'f.b', 'f.c', 'f.d', 'f.e', 'f.g'));
    expect(messages(findings, 'empty')).toEqual(["'f.b' in ru is empty"]);
    expect(messages(findings, 'untranslated')).toEqual([
      '\'f.a\' in ru is the same as English: "Open"',
      '\'f.g\' in ar is the same as English: "Save"',
    ]);
  });

  it('requires every English placeholder in translations, letting one-number forms spell the count out', () => {
    const catalogs = new Map([
      ['en', cat('f', { a: 'Hello {{name}}', n_one: 'One file', n_other: '{{count}} files in {{folder}}' })],
      [
        'ru',
        cat('f', {
          a: 'Привет {{nam}}',
          n_one: 'Один файл в {{folder}}',
          n_few: '{{count}} файла в {{folder}}',
          n_many: '{{count}} файлов в {{folder}}',
          n_other: '{{count}} файла в {{folder}}',
        }),
      ],
      [
        'ar',
        cat('f', {
          a: 'مرحبا {{ name }}',
          n_zero: 'لا ملفات في {{folder}}',
          n_one: 'ملف واحد في {{folder}}',
          n_two: 'ملفان في {{folder}}',
          n_few: 'ملفات في {{folder}}',
          n_many: '{{count}} ملفًا في {{folder}}',
          n_other: '{{count}} ملف في {{folder}}',
        }),
      ],
    ]);
    expect(messages(checkCatalogs(catalogs, usageOf('f.a', 'f.n')), 'interpolation')).toEqual([
      "'f.a' in ru lacks {{name}} that English has",
      "'f.a' in ru uses {{nam}}, which English never passes",
      "'f.n_one' in ru lacks {{count}} that English has",
      "'f.n_few' in ar lacks {{count}} that English has",
    ]);
  });

  it('passes code problems through with their location', () => {
    const usage = usageOf();
    usage.problems.push({ file: 'renderer/z.tsx', line: 7, message: 'hard-coded JSX text "Hi"' });
    expect(messages(checkCatalogs(new Map([['en', new Map()]]), usage), 'code')).toEqual([
      'renderer/z.tsx:7: hard-coded JSX text "Hi"',
    ]);
  });
});

describe('catalog file shape and plural rules', () => {
  it('flags a wrong top-level key, non-string leaves and dotted keys', () => {
    const { entries, problems } = flattenFeature(
      'f',
      { g: { a: 'A' }, f: { n: 3, 'x.y': 'Z', ok: 'OK' } },
      'f.json',
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/exactly one top-level key "f"/);
    expect(problems.join('\n')).toMatch(/"f\.n" must be a string/);
    expect(entries.get('f.ok')).toBe('OK');
  });

  it('reads plural categories from the platform', () => {
    expect(requiredForms('ru')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(requiredForms('ar')).toHaveLength(6);
    expect(requiredForms('zh-CN')).toEqual(['other']);
    expect([...singleNumberForms('ar')].sort()).toEqual(['one', 'two', 'zero']);
    expect(singleNumberForms('ru').has('one')).toBe(false);
    expect(splitPlural('f.n_few')).toEqual({ base: 'f.n', form: 'few' });
    expect(splitPlural('common.other')).toBeNull();
  });
});

describe('the real catalogs and code', () => {
  const localesDir = path.join(REPO_ROOT, 'shared/i18n/locales');
  const loaded = loadCatalogs(localesDir, UI_LANGUAGES, CATALOG_FEATURES);
  const sources = readSourceFiles();
  const usage = collectKeyUsage(sources);
  // Error messages are looked up as `errors.<code>`, so every code is a use even where no literal names it.
  const errorsText = readFileSync(path.join(REPO_ROOT, 'shared/errors.ts'), 'utf8');
  const errorKeys: KeyUse[] = ERROR_CODES.map((code) => ({
    key: `errors.${code}`,
    file: 'shared/errors.ts',
    line: lineOf(errorsText, errorsText.indexOf(`'${code}'`)),
  }));
  const findings = checkCatalogs(loaded.catalogs, { ...usage, keys: [...usage.keys, ...errorKeys] });

  it('loads every locale and feature file in the expected shape', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect([...loaded.catalogs.keys()]).toEqual([...UI_LANGUAGES]);
    expect(loaded.problems).toEqual([]);
  });

  const rules: Rule[] = ['code', 'missing', 'unused', 'plural', 'empty', 'untranslated', 'interpolation'];
  it.each(rules)('has no %s findings', (rule) => {
    expect(messages(findings, rule)).toEqual([]);
  });
});
