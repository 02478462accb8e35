import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDocuments } from '../../../bench/align/metric';
import { parseBeadLine } from '../../../shared/align/bead-format';
import { repoRoot } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';
import { runBuiltCli, useBuiltCli } from '../../support/built-cli';

const tempDir = useTempDirs();
const GOLD = resolve(repoRoot, '..', 'shared', 'align-gold', 'hunalign-dtm-hu-en');

const verbatim = runBuiltCli;
useBuiltCli();

describe('verbatim align (built, as a child process)', () => {
  it('beats the classical peer on the hunalign hu-en gold in --presegmented mode', async () => {
    const r = await verbatim(['align', '--presegmented', join(GOLD, 'hu.sen'), join(GOLD, 'en.sen')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.every((l) => /^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]$/.test(l))).toBe(true);
    const test = lines.map((l) => parseBeadLine(l) ?? { src: [], tgt: [] });
    const gold = (await readFile(join(GOLD, 'gold.align'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => parseBeadLine(l) ?? { src: [], tgt: [] });
    expect(scoreDocuments([{ gold, test }]).f1Strict).toBeGreaterThan(0.969);
  });

  it('prints JSON with sentence offsets and beads for raw text', async () => {
    const dir = await tempDir();
    const en = join(dir, 'en.txt');
    const ru = join(dir, 'ru.txt');
    await writeFile(
      en,
      'Putin arrived in Beijing on Monday.\n\nThe talks lasted 3 hours. Both sides were pleased.\n',
    );
    await writeFile(
      ru,
      'Путин прибыл в Пекин в понедельник.\n\nПереговоры длились 3 часа. Обе стороны остались довольны.\n',
    );
    const r = await verbatim(['align', en, ru, '--src-lang', 'en', '--tgt-lang=ru', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      source: { language: string; text: string; sentences: { start: number; end: number }[] };
      target: { language: string };
      beads: { src: number[]; tgt: number[]; confidence: number }[];
    };
    expect(report.source.language).toBe('en');
    expect(report.target.language).toBe('ru');
    const first = report.source.sentences[0];
    expect(report.source.text.slice(first.start, first.end)).toContain('Putin arrived');
    expect(report.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('shows a readable side-by-side listing by default and refuses one file', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    await writeFile(a, 'One sentence here.\n');
    await writeFile(b, 'Eine Aussage hier.\n');
    const r = await verbatim(['align', a, b]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/One sentence here\.\s+│ Eine Aussage hier\./);
    const bad = await verbatim(['align', a]);
    expect(bad.code).toBe(2);
  });
});
