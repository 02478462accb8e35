import { readFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../electron/backend/format-bytes';
import { cliLanguage } from '../../../electron/cli/locale';
import { displayWidth, renderTable } from '../../../electron/cli/table';
import { main } from '../../../electron/cli/verbatim';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';
import { createTranslator } from '../../../shared/i18n/translator';
import { corpusPath, repoRoot } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { env, version, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const tempDir = useTempDirs();
const en = createTranslator('en').t;

describe('cliLanguage', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, defaulting to English', () => {
    expect(cliLanguage({})).toBe('en');
    expect(cliLanguage({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(cliLanguage({ LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'ar_EG.UTF-8' })).toBe('ar');
    expect(cliLanguage({ LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'ar_EG', LC_ALL: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage({ LC_ALL: '', LANG: 'ru_RU' })).toBe('ru');
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('en');
  });
});

describe('table', () => {
  it('counts wide characters as two columns and right-aligns numbers', () => {
    expect(displayWidth('中文ab')).toBe(6);
    expect(
      renderTable(
        ['A', 'N'],
        [
          ['中文', '5'],
          ['x', '100'],
        ],
        new Set([1]),
      ),
    ).toBe('A       N\n中文    5\nx     100\n');
  });
});

describe('verbatim (in process)', () => {
  it('prints help for --help, -h and help, and usage on stderr with exit 2 when given nothing', async () => {
    for (const arg of ['--help', '-h', 'help']) {
      const r = await run([arg]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(en('cli.help.info'));
      expect(r.out).toContain('--json');
    }
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err).toContain(en('cli.help.usageTitle'));
  });

  it('prints the version for --version and -V', async () => {
    expect((await run(['--version'])).out).toBe(`verbatim ${version}\n`);
    expect((await run(['-V'])).out).toBe(`verbatim ${version}\n`);
  });

  it('speaks the language of LANG', async () => {
    const ru = await run(['--help'], { LANG: 'ru_RU.UTF-8' });
    expect(ru.out).toContain(createTranslator('ru').t('cli.help.info'));
    expect(ru.out).not.toContain(en('cli.help.info'));
  });

  it('reports a corpus file as one JSON line', async () => {
    const file = corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt');
    const r = await run(['info', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'file',
      'encoding',
      'format',
      'language',
      'paragraphs',
      'sentences',
      'characters',
    ]);
    expect(report).toMatchObject({ file, encoding: 'utf-8', format: 'text', language: 'ru' });
    expect(report.paragraphs).toBe(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length,
    );
    expect(report.sentences).toBeGreaterThan(report.paragraphs as number);
  });

  it('prints a table with a header and one row per file', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.md');
    await writeFile(
      a,
      iconv.encode(
        'Добро пожаловать. Мы с Вами не первый раз встречаемся, у нас добрые отношения.',
        'windows-1251',
      ),
    );
    await writeFile(b, '# Hello\n\nThis is **Markdown** text written in English for the test.\n');
    const r = await run(['info', a, b]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(en('cli.info.columns.encoding'));
    expect(lines[1]).toMatch(/a\.txt\s+windows-1251\s+.*\sru\s+1\s+2\s+\d+$/);
    expect(lines[2]).toMatch(/b\.md\s+utf-8\s+Markdown\s+en\s+2\s+2\s+\d+$/);
  });

  it('reports bad files on stderr, still reports the good ones, and exits 1', async () => {
    const dir = await tempDir();
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    const png = join(dir, 'image.txt');
    const docx = join(dir, 'report.docx');
    const big = join(dir, 'big.txt');
    const missing = join(dir, 'missing.txt');
    await writeFile(good, 'A short English text that is long enough to tell its language.');
    await writeFile(empty, '');
    await writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(docx, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]));
    await writeFile(big, '');
    await truncate(big, MAX_IMPORT_BYTES + 1_000_000);
    const r = await run(['info', '--json', empty, good, png, docx, big, missing, dir]);
    expect(r.code).toBe(1);
    expect(
      r.out
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual([good]);
    const errors = r.err.trimEnd().split('\n');
    expect(errors).toEqual([
      `verbatim: ${en('errors.import.empty', { fileName: empty })}`,
      `verbatim: ${en('errors.import.binary', { fileName: png })}`,
      `verbatim: ${en('errors.import.unsupportedType', { fileName: docx })}`,
      expect.stringContaining(big) as string,
      `verbatim: ${en('errors.import.unreadable', { fileName: missing })}`,
      `verbatim: ${en('errors.import.unreadable', { fileName: dir })}`,
      `verbatim: ${en('cli.info.failed', { count: 6, total: 7 })}`,
    ]);
    expect(errors[3]).toBe(
      `verbatim: ${en('errors.import.tooLarge', {
        fileName: big,
        size: formatBytes(MAX_IMPORT_BYTES + 1_000_000),
        limit: formatBytes(MAX_IMPORT_BYTES),
      })}`,
    );
  });

  it('translates file errors too', async () => {
    const r = await run(['info', '/no/such/file.txt'], { LC_ALL: 'ar_EG.UTF-8' });
    expect(r.code).toBe(1);
    const ar = createTranslator('ar').t;
    expect(r.err).toContain(ar('errors.import.unreadable', { fileName: '/no/such/file.txt' }));
    expect(r.err).toContain(ar('cli.info.failed', { count: 1, total: 1 }));
  });

  it('exits 2 on usage errors: unknown command, unknown option, no files', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown).toEqual({
      code: 2,
      out: '',
      err: `verbatim: ${en('errors.cli.unknownCommand', { command: 'frobnicate' })}\n`,
    });
    const option = await run(['info', '--frob', 'x.txt']);
    expect(option).toEqual({
      code: 2,
      out: '',
      err: `verbatim: ${en('errors.cli.usage', { detail: '--frob' })}\n`,
    });
    const global = await run(['--frob']);
    expect(global.code).toBe(2);
    const noFiles = await run(['info', '--json']);
    expect(noFiles).toEqual({ code: 2, out: '', err: `verbatim: ${en('errors.cli.noFiles')}\n` });
  });

  it('treats arguments after -- as files', async () => {
    const r = await run(['info', '--', '--json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(en('errors.import.unreadable', { fileName: '--json' }));
  });
});
