import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { countWords, mqmScore, SEVERITY_POINTS } from '../../../shared/review/mqm-score';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function corpus(relative: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(relative), 'utf8'));
}

const REUTERS = corpus('001-putin-li-2023/en_reuters_early_timeslive.txt');
const CNA = corpus('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt');
const INOSMI = corpus('001-putin-li-2023/ru_inosmi.txt');

const versions = [
  { id: 'en', role: 'source' as const, language: 'en', text: REUTERS },
  { id: 'zh', role: 'translation' as const, language: 'zh-Hant', text: CNA },
  { id: 'ru', role: 'reference' as const, language: 'ru', text: INOSMI },
];

type Scored = Pick<Annotation, 'spans' | 'severity' | 'status'>;

function note(
  severity: Annotation['severity'],
  versionIds: string[],
  status: Annotation['status'] = 'open',
): Scored {
  return {
    severity,
    status,
    spans: versionIds.map((versionId) => ({ versionId, start: 0, end: 1, quote: 'x', detached: false })),
  };
}

describe('countWords', () => {
  it('counts words, not characters, in Chinese and Japanese', () => {
    const han = CNA.match(/\p{Script=Han}/gu)?.length ?? 0;
    const words = countWords(CNA, 'zh-Hant');
    expect(words).toBeGreaterThan(han / 3);
    expect(words).toBeLessThan(han);
    expect(countWords('プーチン大統領は本日モスクワで会談した。', 'ja')).toBeLessThan(12);
    expect(countWords('プーチン大統領は本日モスクワで会談した。', 'ja')).toBeGreaterThan(4);
  });

  it('counts words of English and Russian close to their space-separated tokens, never punctuation', () => {
    for (const [text, lang] of [
      [REUTERS, 'en'],
      [INOSMI, 'ru'],
    ] as const) {
      const tokens = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      const words = countWords(text, lang);
      expect(Math.abs(words - tokens) / tokens).toBeLessThan(0.1);
    }
    expect(countWords('The leaders met, in Moscow — “today”.', 'en')).toBe(6);
    expect(countWords(' … — «» ', 'ru')).toBe(0);
    expect(countWords('two words', 'not-a-real-tag-at-all')).toBe(2);
  });
});

describe('mqmScore', () => {
  it('scores a critical error in the CNA translation per 1,000 of its words and fails the default threshold', () => {
    const result = mqmScore(versions, [note('critical', ['en', 'zh'])], 10);
    const zhWords = countWords(CNA, 'zh-Hant');
    const ruWords = countWords(INOSMI, 'ru');
    expect(result.versions.map((v) => v.versionId)).toEqual(['zh', 'ru']);
    const zh = result.versions[0]!;
    expect(zh).toMatchObject({ penalty: 25, words: zhWords, pass: false });
    expect(zh.score).toBeCloseTo((25 * 1000) / zhWords, 9);
    expect(zh.counts.critical).toBe(1);
    expect(result.versions[1]).toMatchObject({ penalty: 0, score: 0, pass: true });
    expect(result.overall.words).toBe(zhWords + ruWords);
    expect(result.overall.score).toBeCloseTo((25 * 1000) / (zhWords + ruWords), 9);

    const raised = mqmScore(versions, [note('critical', ['en', 'zh'])], Math.ceil(zh.score!));
    expect(raised.versions[0]!.pass).toBe(true);
    expect(mqmScore(versions, [note('critical', ['zh'])], Math.floor(zh.score!)).versions[0]!.pass).toBe(
      false,
    );
  });

  it('weights severities 0/1/5/25, skips won’t fix and source-only notes, counts a version once per annotation', () => {
    const annotations = [
      note('neutral', ['zh']),
      note('minor', ['zh', 'zh']),
      note('major', ['zh', 'ru'], 'resolved'),
      note('critical', ['zh'], 'wontfix'),
      note('critical', ['en']),
    ];
    const words = new Map([
      ['zh', 400],
      ['ru', 100],
    ]);
    const result = mqmScore(versions, annotations, 10, words);
    expect(SEVERITY_POINTS).toEqual({ neutral: 0, minor: 1, major: 5, critical: 25 });
    expect(result.versions[0]).toMatchObject({ penalty: 6, words: 400, score: 15, pass: false });
    expect(result.versions[0]!.counts).toEqual({ neutral: 1, minor: 1, major: 1, critical: 0 });
    expect(result.versions[1]).toMatchObject({ penalty: 5, words: 100, score: 50, pass: false });
    expect(result.overall).toMatchObject({ penalty: 11, words: 500, score: 22, pass: false });
    expect(mqmScore(versions, annotations, 22, words).overall.pass).toBe(true);
  });

  it('has no score for a story without words under review', () => {
    const result = mqmScore([{ ...versions[1]!, text: '。' }], [note('major', ['zh'])], 10);
    expect(result.overall).toMatchObject({ penalty: 5, words: 0, score: null, pass: null });
    expect(mqmScore([versions[0]!], [], 10).versions).toEqual([]);
  });
});
