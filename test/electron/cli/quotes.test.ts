import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/verbatim';
import type { QuotesReport } from '../../../electron/cli/quotes';
import { corpusPath, stripCorpusHeader } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    env: {},
    version: 't',
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

async function seedFile(lineEnd = '\n', bom = ''): Promise<{ path: string; text: string }> {
  const article = stripCorpusHeader(readFileSync(corpusPath('001-putin-li-2023/en_seed.txt'), 'utf8'));
  const text = article.replace(/\n/g, lineEnd);
  const path = join(await tempDir(), 'seed.txt');
  await writeFile(path, bom + text);
  return { path, text };
}

describe('verbatim quotes', () => {
  it('reports Putin’s and Li’s quotes, Li’s as translated by the Kremlin, and “no limits” as a term', async () => {
    const { path, text } = await seedFile();
    const { code, out } = await run(['quotes', path, '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]) as QuotesReport;
    expect(Object.keys(report)).toEqual(['file', 'lang', 'quotes', 'provenance']);
    expect(report.lang).toBe('en');
    const speech = report.quotes.filter((q) => q.kind === 'speech');
    expect(speech.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Li Shangfu']);
    const li = speech[2];
    expect(li.provenance).toMatchObject({ kind: 'translated_by', agent: 'the Kremlin' });
    const evidence = li.provenance?.evidence ?? { start: 0, end: 0 };
    expect(text.slice(evidence.start, evidence.end)).toBe('Li’s comments were translated by the Kremlin.');
    expect(speech[0].provenance).toBeNull();
    const term = report.quotes.find((q) => q.text === '“no limits”');
    expect(term).toMatchObject({ kind: 'term', speaker: null });
    for (const q of report.quotes) {
      expect(Object.keys(q)).toEqual(['start', 'end', 'text', 'kind', 'speaker', 'addressee', 'provenance']);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    const statement = report.provenance.find((p) => p.agent === 'the Kremlin');
    expect(statement?.quotes).toEqual([report.quotes.indexOf(li)]);
  });

  it('counts offsets in the file’s own text: CRLF line ends and a BOM', async () => {
    const { path, text } = await seedFile('\r\n', '\uFEFF');
    const report = JSON.parse((await run(['quotes', path, '--json'])).out) as QuotesReport;
    expect(report.quotes.length).toBeGreaterThan(3);
    for (const q of report.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('marks quotes of a person who speaks another language as translated by someone unknown', async () => {
    const path = join(await tempDir(), 'x.txt');
    await writeFile(path, '“We are ready to work together,” Zelensky said on Monday.\n');
    const plain = JSON.parse((await run(['quotes', path, '--json'])).out) as QuotesReport;
    expect(plain.quotes[0].provenance).toBeNull();
    const { out } = await run(['quotes', path, '--json', '--speaker-lang', 'Zelensky=uk']);
    const marked = JSON.parse(out) as QuotesReport;
    expect(marked.quotes[0].provenance).toMatchObject({ kind: 'translated_by', agent: null });
  });

  it('prints a readable listing, and refuses bad options and unreadable files', async () => {
    const { path } = await seedFile();
    const listing = await run(['quotes', path]);
    expect(listing.out).toContain('Li Shangfu');
    expect(listing.out).toContain('translated by the Kremlin');
    expect((await run(['quotes', path, '--speaker-lang', 'nobody'])).code).toBe(2);
    expect((await run(['quotes', path, '--lang', '???'])).code).toBe(2);
    const missing = await run(['quotes', join(await tempDir(), 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.txt');
  });
});
