import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSides } from '../../../shared/align/align';
import type { AlignSide } from '../../../shared/align/types';
import { segmentText } from '../../../shared/text/segment';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

/**
 * A version of a long story as the workspace benchmark once built it: the article's paragraphs repeated one by one
 * up to `count` paragraphs (read from the corpus at test time, never copied into the repository), then segmented.
 */
function cycledStory(file: string, lang: string, count: number): AlignSide {
  const paragraphs = stripCorpusHeader(readFileSync(corpusPath(file), 'utf8'))
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const text = Array.from({ length: count }, (_, k) => paragraphs[k % paragraphs.length]).join('\n\n');
  const { paragraphs: spans, sentences } = segmentText(text, lang);
  let p = 0;
  const paragraphOf = sentences.map((s) => {
    while (p + 1 < spans.length && spans[p].end <= s.start) p += 1;
    return p;
  });
  return { lang, sentences: sentences.map((s) => text.slice(s.start, s.end)), paragraphOf };
}

describe('a long story whose versions repeat articles of different paragraph counts', () => {
  it('aligns without the band disconnecting (it used to throw at the corner)', () => {
    // 3,500 paragraphs: Reuters' 6-paragraph English article against CNA's 7-paragraph Chinese translation, so the
    // two stop corresponding after the first copy and the cheapest path drifts far from the length ratio.
    const en = cycledStory('001-putin-li-2023/en_reuters_early_timeslive.txt', 'en', 3500);
    const zh = cycledStory('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', 'zh', 3500);
    expect(en.sentences.length).toBeGreaterThan(zh.sentences.length);
    const { beads } = alignSides(en, zh);
    expect(beads.flatMap((b) => b.src)).toEqual([...Array(en.sentences.length).keys()]);
    expect(beads.flatMap((b) => b.tgt)).toEqual([...Array(zh.sentences.length).keys()]);
    // The first copy of the article is a real translation pair and still aligns mostly one to one.
    const firstCopy = beads.filter((b) => b.src.length > 0 && b.src[b.src.length - 1] < 8);
    expect(firstCopy.filter((b) => b.src.length > 0 && b.tgt.length > 0).length).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
