import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusText, loadGold, loadProvenanceLabels, parseTsv } from '../../bench/quotes/gold';
import { isQuoteMark } from '../../shared/quotes/marks';
import { corpusPath, repoRoot } from '../support/paths';

const gold = loadGold(repoRoot);

describe('quote gold', () => {
  it('covers every article text in the corpus and every provenance-dev row', () => {
    const sources = new Set(gold.map((d) => d.source));
    for (const set of readdirSync(corpusPath('.'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(corpusPath(set.name)).filter((n) => n.endsWith('.txt'))) {
        expect(sources.has(`${set.name}/${f}`), `${set.name}/${f}`).toBe(true);
      }
    }
    const rows = parseTsv(readFileSync(corpusPath('provenance-dev.tsv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(sources.has(`provenance-dev.tsv#${r.id}`), r.id).toBe(true);
    const labels = loadProvenanceLabels(repoRoot);
    for (const r of rows.filter((x) => x.kind === 'provenance')) expect(labels[r.id!], r.id).toBeDefined();
  });

  it.each(gold.map((d) => [d.source, d] as const))(
    '%s: spans lie on quote marks or turn boundaries',
    (_, doc) => {
      const text = corpusText(repoRoot, doc.source);
      let previous = -1;
      for (const q of doc.quotes) {
        const where = `${doc.source}@${q.start}`;
        expect(q.start, where).toBeGreaterThanOrEqual(0);
        expect(q.end, where).toBeGreaterThan(q.start);
        expect(q.end, where).toBeLessThanOrEqual(text.length);
        expect(q.start, `${where}: sorted`).toBeGreaterThan(previous);
        previous = q.start;
        const onMarks = isQuoteMark(text[q.start]!) && isQuoteMark(text[q.end - 1]!);
        const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
        const afterLabel = /[:：]\s*$/u.test(text.slice(lineStart, q.start)) || q.start === lineStart;
        const atLineEnd = q.end === text.length || /^\s*(\n|$)/u.test(text.slice(q.end));
        expect(onMarks || (afterLabel && atLineEnd), `${where}: on marks or a turn`).toBe(true);
        if (q.text !== undefined) {
          const words = q.text.replace(/…$/u, '');
          expect(text.slice(q.start, q.end).split(/\s+/u).join(' ').startsWith(words), where).toBe(true);
          expect(q.text.split(/\s+/u).length, `${where}: snippet ≤ 12 words`).toBeLessThanOrEqual(12);
        }
        if (q.kind === 'term') expect(q.speaker, `${where}: terms have no speaker`).toBeNull();
      }
    },
  );

  it('keeps gold files small (no article text copied in)', () => {
    for (const doc of gold) {
      const size = readFileSync(doc.file, 'utf8').length;
      expect(size, doc.file).toBeLessThan(400 + 300 * doc.quotes.length);
      expect(doc.file.startsWith(join(repoRoot, 'test', 'fixtures', 'quotes-gold'))).toBe(true);
    }
  });
});
