import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeQuotes, analyzeSpans } from '../../../shared/quotes/analyze';
import type { QuoteSpan } from '../../../shared/quotes/types';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function corpus(relative: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(relative), 'utf8'));
}

function quoteText(text: string, q: { start: number; end: number }): string {
  return text.slice(q.start, q.end);
}

describe('analyzeQuotes on the seed story (Done when)', () => {
  const text = corpus('001-putin-li-2023/en_seed.txt');
  const a = analyzeQuotes(text, 'en');

  it('attributes Putin’s two quotes to Vladimir Putin', () => {
    const putin = a.quotes.filter((q) => /^“(?:We are working|Undoubtedly)/u.test(quoteText(text, q)));
    expect(putin).toHaveLength(2);
    for (const q of putin)
      expect(q).toMatchObject({ kind: 'speech', speaker: 'Vladimir Putin', provenance: null });
  });

  it('attributes Li’s quote to Li Shangfu, addressed to Putin, translated by the Kremlin', () => {
    const li = a.quotes.find((q) => quoteText(text, q).startsWith('“In recent times'));
    expect(li).toMatchObject({ kind: 'speech', speaker: 'Li Shangfu', addressee: 'Vladimir Putin' });
    const statement = a.provenance[li?.provenance ?? -1];
    expect(statement).toMatchObject({ kind: 'translated_by', agent: 'the Kremlin', implicit: false });
    expect(text.slice(statement?.evidence.start, statement?.evidence.end)).toBe(
      'Li’s comments were translated by the Kremlin.',
    );
    expect(statement?.quotes).toEqual([a.quotes.indexOf(li as (typeof a.quotes)[number])]);
  });

  it('reports “no limits” as a term with no speaker', () => {
    const term = a.quotes.find((q) => quoteText(text, q) === '“no limits”');
    expect(term).toMatchObject({ kind: 'term', speaker: null, provenance: null });
  });

  it('lists the people with their aliases', () => {
    expect(a.people.find((p) => p.name === 'Vladimir Putin')?.aliases).toEqual(
      expect.arrayContaining(['Putin', 'Russian President Vladimir Putin']),
    );
    expect(a.people.find((p) => p.name === 'Li Shangfu')?.aliases).toEqual(
      expect.arrayContaining(['Li', 'Li Shangfu']),
    );
  });

  it('is deterministic', () => {
    expect(analyzeQuotes(text, 'en')).toEqual(a);
  });

  it('marks Putin’s quotes as implicitly translated when the registry says he speaks Russian', () => {
    const b = analyzeQuotes(text, 'en', { speakerLanguages: [{ name: 'Putin', language: 'ru' }] });
    const putin = b.quotes.filter((q) => q.speaker === 'Vladimir Putin');
    expect(putin).toHaveLength(2);
    for (const q of putin)
      expect(b.provenance[q.provenance ?? -1]).toMatchObject({
        kind: 'translated_by',
        agent: null,
        implicit: true,
      });
    // Li's quote keeps the explicit statement.
    const li = b.quotes.find((q) => q.speaker === 'Li Shangfu');
    expect(b.provenance[li?.provenance ?? -1]).toMatchObject({ agent: 'the Kremlin' });
  });
});

describe('Kremlin transcripts (CC BY 4.0)', () => {
  it('English: (retranslated) marks that turn only as interpreted, naming no interpreter', () => {
    const text = corpus('002-kremlin-zhang-gaoli-2017/en_kremlin.txt');
    const a = analyzeQuotes(text, 'en');
    const turns = a.quotes.filter((q) => q.delimiter === 'transcript');
    expect(turns.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Zhang Gaoli']);
    expect(turns[0]?.provenance).toBeNull();
    expect(a.provenance[turns[1]?.provenance ?? -1]).toMatchObject({ kind: 'interpreter', agent: null });
  });

  it('Russian: (как переведено) likewise', () => {
    const text = corpus('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt');
    const a = analyzeQuotes(text, 'ru');
    const turns = a.quotes.filter((q) => q.delimiter === 'transcript');
    expect(turns.map((q) => q.speaker)).toEqual(['Путин', 'Чжан Гаоли']);
    expect(a.provenance[turns[1]?.provenance ?? -1]).toMatchObject({ kind: 'interpreter', agent: null });
  });
});

describe('analyzeSpans', () => {
  it('works on spans made by hand, and never crashes on odd input', () => {
    const text = '“We agree,” Li said. Li’s comments were translated by the Kremlin.';
    const span: QuoteSpan = {
      start: 0,
      end: 11,
      contentStart: 1,
      contentEnd: 10,
      kind: 'speech',
      delimiter: 'marks',
      depth: 0,
    };
    const a = analyzeSpans(text, 'en', [span]);
    expect(a.quotes[0]).toMatchObject({ speaker: 'Li', provenance: 0 });
    for (const odd of ['', '“', '”', '« »', '\n\n\n', '“a” “b” “c', 'said said said']) {
      expect(() => analyzeQuotes(odd, 'en')).not.toThrow();
    }
    expect(analyzeQuotes('“Hello,” he said.', 'xx-unknown').quotes[0]?.speaker).toBeNull();
  });
});
