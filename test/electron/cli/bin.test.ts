import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { corpusPath } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';
import { runBuiltCli, useBuiltCli } from '../../support/built-cli';

const tempDir = useTempDirs();

const verbatim = runBuiltCli;
useBuiltCli();

describe('bin/verbatim.mjs (built, as a child process)', () => {
  it('reports the Kremlin transcript as Russian in JSON', async () => {
    const r = await verbatim(['info', corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ language: 'ru', encoding: 'utf-8', format: 'text' });
  });

  it('reports every legacy-encoded file with its encoding', async () => {
    const dir = await tempDir();
    const files: [string, string, string][] = [
      ['cp1251.txt', 'windows-1251', 'Добро пожаловать. Мы с Вами не первый раз встречаемся.'],
      ['koi8.txt', 'koi8-r', 'Добро пожаловать. Мы с Вами не первый раз встречаемся.'],
      ['gb.txt', 'gb18030', '俄罗斯总统普京会见中国国防部长李尚福。普京表示，俄中两国关系发展良好。'],
      ['big5.txt', 'big5', '俄羅斯總統蒲亭接見中國國防部長李尚福。兩國已宣示夥伴關係無上限。'],
      ['sjis.txt', 'shift_jis', 'これは日本語の文章です。東京に住んでいます。プーチン大統領は会談した。'],
      [
        'latin2.txt',
        'iso-8859-2',
        'Zażółć gęślą jaźń. Przewodniczący Komisji Europejskiej powiedział, że było dobrze.',
      ],
      ['u16le.txt', 'utf-16le', 'Добро пожаловать. Мы с Вами не первый раз встречаемся.'],
      ['u16be.txt', 'utf-16be', 'Добро пожаловать. Мы с Вами не первый раз встречаемся.'],
    ];
    for (const [name, enc, text] of files) await writeFile(join(dir, name), iconv.encode(text, enc));
    const r = await verbatim(['info', '--json', ...files.map(([name]) => join(dir, name))]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const reports = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { encoding: string; language: string });
    expect(reports.map((x) => x.encoding)).toEqual(files.map(([, enc]) => enc));
    expect(reports.map((x) => x.language)).toEqual([
      'ru',
      'ru',
      'zh-Hans',
      'zh-Hant',
      'ja',
      'pl',
      'ru',
      'ru',
    ]);
  });

  it('prints the version and translated help', async () => {
    const v = await verbatim(['--version']);
    expect(v.out).toMatch(/^verbatim \d+\.\d+\.\d+/);
    const help = await verbatim(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(help.code).toBe(0);
    expect(help.out).toContain(createTranslator('zh-CN').t('cli.help.info'));
  });

  it('exits 1 with a message for a missing file and 2 for a bad command', async () => {
    const missing = await verbatim(['info', 'no-such-file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-file.txt');
    const bad = await verbatim(['nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('nonsense');
  });
});
