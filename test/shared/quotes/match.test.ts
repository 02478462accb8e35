import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSides } from '../../../shared/align/align';
import type { AlignSide } from '../../../shared/align/types';
import { detectQuoteSpans } from '../../../shared/quotes/detect';
import { matchQuotes, type MatchSide } from '../../../shared/quotes/match';
import { segmentText } from '../../../shared/text/segment';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function side(path: string, lang: string): { match: MatchSide; align: AlignSide } {
  const text = stripCorpusHeader(readFileSync(corpusPath(path), 'utf8'));
  const { sentences, paragraphs } = segmentText(text, lang);
  const paragraphOf = sentences.map((s) => paragraphs.findIndex((p) => s.start >= p.start && s.end <= p.end));
  return {
    match: { text, sentences, quotes: detectQuoteSpans(text, lang) },
    align: { lang, sentences: sentences.map((s) => text.slice(s.start, s.end)), paragraphOf },
  };
}

function quoteText(s: MatchSide, i: number): string {
  return s.text.slice(s.quotes[i].start, s.quotes[i].end);
}

describe('matching quotes across versions', () => {
  it('links Reuters’ English quotes to their counterparts in CNA’s Chinese translation', () => {
    const en = side('001-putin-li-2023/en_reuters_early_timeslive.txt', 'en');
    const zh = side('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', 'zh-Hant');
    const { beads } = alignSides(en.align, zh.align);
    const result = matchQuotes(en.match, zh.match, beads);
    const pairs = result.links.map((l) => [quoteText(en.match, l.source), quoteText(zh.match, l.target)]);
    expect(pairs).toContainEqual(['“no limits”', '「無上限」']);
    const putin = pairs.find(([e]) => e.startsWith('“Development of relations'));
    expect(putin?.[1]).toMatch(/^「我們兩國關係/);
  });

  it('lists a quote dropped from a version as missing, and one added as extra', () => {
    const text = 'Putin said: “We will win.” Li replied: “We agree.”';
    const translated = 'Путин сказал: «Мы победим». Ли сказал что-то другое. Шойгу добавил: «Всё по плану».';
    const src = { text, sentences: segmentText(text, 'en').sentences, quotes: detectQuoteSpans(text, 'en') };
    const tgt = {
      text: translated,
      sentences: segmentText(translated, 'ru').sentences,
      quotes: detectQuoteSpans(translated, 'ru'),
    };
    expect(src.sentences).toHaveLength(2);
    expect(tgt.sentences).toHaveLength(3);
    const beads = [
      { src: [0], tgt: [0], confidence: 1 },
      { src: [1], tgt: [1], confidence: 1 },
      { src: [], tgt: [2], confidence: 1 },
    ];
    const result = matchQuotes(src, tgt, beads);
    expect(result.links.map((l) => [l.source, l.target])).toEqual([[0, 0]]);
    expect(result.missing).toEqual([1]);
    expect(result.extra).toEqual([1]);
  });

  it('never pairs a quoted term with quoted speech', () => {
    const a = 'They declared a “no limits” partnership.';
    const b = 'Они заявили: «Партнёрство без ограничений».';
    const src = { text: a, sentences: segmentText(a, 'en').sentences, quotes: detectQuoteSpans(a, 'en') };
    const tgt = { text: b, sentences: segmentText(b, 'ru').sentences, quotes: detectQuoteSpans(b, 'ru') };
    expect(src.quotes[0]?.kind).toBe('term');
    expect(tgt.quotes[0]?.kind).not.toBe('term');
    expect(matchQuotes(src, tgt, [{ src: [0], tgt: [0], confidence: 1 }]).links).toEqual([]);
  });
});
