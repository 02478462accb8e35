import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSides } from '../../../shared/align/align';
import { analyzeQuotes, analyzeSpans } from '../../../shared/quotes/analyze';
import { detectQuoteSpans } from '../../../shared/quotes/detect';
import { matchQuotes } from '../../../shared/quotes/match';
import type { QuoteAnalysis } from '../../../shared/quotes/types';
import { segmentText } from '../../../shared/text/segment';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

// Long stories must cost time in proportion to their length. These tests count work instead of timing it: a list
// handed to the engine is wrapped so every element read is counted, and a text four times longer may cost about
// four times the reads (a pass over every quote for each quote would cost sixteen).

function corpus(relative: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(relative), 'utf8')).trim();
}

function repeated(text: string, copies: number): string {
  return Array.from({ length: copies }, () => text).join('\n\n');
}

/** The list behind a proxy that counts reads of its elements (indexing, iteration and array methods alike). */
function counted<T>(items: readonly T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy([...items], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

function signature(a: QuoteAnalysis, i: number): string {
  const q = a.quotes[i];
  if (!q) return 'none';
  const p = q.provenance === null ? null : a.provenance[q.provenance];
  return [q.kind, q.depth, q.speaker, q.addressee, p ? `${p.kind}:${p.agent}:${p.implicit}` : '-'].join('|');
}

const ARTICLES: [string, string][] = [
  ['001-putin-li-2023/en_seed.txt', 'en'],
  ['002-kremlin-zhang-gaoli-2017/en_kremlin.txt', 'en'],
  ['002-kremlin-zhang-gaoli-2017/ru_kremlin.txt', 'ru'],
  ['001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', 'zh-Hant'],
  ['008-eu-von-der-leyen-euco-2025/en_polskie_radio_via_pap.txt', 'en'],
];

describe('quotes in a long story', () => {
  it.each(ARTICLES)(
    '%s repeated 20 times has 20 times its quotes, each with the same speaker',
    (file, lang) => {
      const text = corpus(file);
      const one = analyzeQuotes(text, lang);
      const many = analyzeQuotes(repeated(text, 20), lang);
      expect(one.quotes.length).toBeGreaterThan(0);
      expect(many.quotes).toHaveLength(20 * one.quotes.length);
      many.quotes.forEach((q, i) => {
        const k = i % one.quotes.length;
        const copy = Math.floor(i / one.quotes.length);
        expect(q.start).toBe((one.quotes[k]?.start ?? 0) + copy * (text.length + 2));
        expect(signature(many, i)).toBe(signature(one, k));
      });
    },
  );

  it.each(ARTICLES)(
    'attributing the quotes of %s reads the quote list in proportion to its length',
    (file, lang) => {
      const reads = (copies: number): number => {
        const text = repeated(corpus(file), copies);
        const spans = counted(detectQuoteSpans(text, lang));
        analyzeSpans(text, lang, spans.list);
        return spans.reads();
      };
      const short = reads(4);
      const long = reads(16);
      expect(short).toBeGreaterThan(0);
      expect(long / short).toBeLessThan(6);
    },
  );

  it('matching reads the quotes and sentences of both versions in proportion to their length', () => {
    const single = (file: string, lang: string) => {
      const text = corpus(file);
      const { sentences, paragraphs } = segmentText(text, lang);
      const paragraphOf = sentences.map((s) =>
        paragraphs.findIndex((p) => s.start >= p.start && s.end <= p.end),
      );
      return {
        text,
        lang,
        count: sentences.length,
        sentences: sentences.map((s) => text.slice(s.start, s.end)),
        paragraphOf,
      };
    };
    const en = single('001-putin-li-2023/en_reuters_early_timeslive.txt', 'en');
    const zh = single('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', 'zh-Hant');
    const { beads } = alignSides(en, zh);
    const reads = (copies: number): number => {
      const side = (one: typeof en) => {
        const text = repeated(one.text, copies);
        const sentences = counted(segmentText(text, one.lang).sentences);
        const quotes = counted(detectQuoteSpans(text, one.lang));
        expect(sentences.list).toHaveLength(copies * one.count);
        return { side: { text, sentences: sentences.list, quotes: quotes.list }, sentences, quotes };
      };
      const src = side(en);
      const tgt = side(zh);
      // The one article's alignment, repeated for every copy.
      const long = Array.from({ length: copies }, (_, c) =>
        beads.map((b) => ({
          ...b,
          src: b.src.map((i) => i + c * en.count),
          tgt: b.tgt.map((j) => j + c * zh.count),
        })),
      ).flat();
      const result = matchQuotes(src.side, tgt.side, long);
      expect(result.links.length).toBeGreaterThanOrEqual(copies);
      return src.sentences.reads() + tgt.sentences.reads() + src.quotes.reads() + tgt.quotes.reads();
    };
    const short = reads(4);
    const long = reads(16);
    expect(long / short).toBeLessThan(6);
  });
});
