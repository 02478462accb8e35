import { describe, expect, it } from 'vitest';
import { alignSentences, alignSides } from '../../../shared/align/align';
import type { Bead } from '../../../shared/align/types';

const EN = [
  'The president met the prime minister in Moscow on Tuesday.',
  'They discussed trade, energy and security for almost three hours.',
  'Putin said that bilateral trade had grown by 12.5 percent last year.',
  'The talks will continue in Beijing in October.',
  'Journalists were not allowed into the meeting room.',
  'A joint statement is expected to be published on Friday evening.',
];
const RU = [
  'Президент встретился с премьер-министром в Москве во вторник.',
  'Они почти три часа обсуждали торговлю, энергетику и безопасность.',
  'Путин сказал, что двусторонняя торговля в прошлом году выросла на 12,5 процента.',
  'Переговоры продолжатся в Пекине в октябре.',
  'Журналистов в зал заседаний не пустили.',
  'Совместное заявление, как ожидается, будет опубликовано в пятницу вечером.',
];

/** Every sentence of both sides exactly once, in order. */
function expectPartition(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.src)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.tgt)).toEqual([...Array(m).keys()]);
  for (const b of beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
  }
}

const pairs = (beads: Bead[]): string[] => beads.map((b) => `${b.src.join(',')}-${b.tgt.join(',')}`);

describe('alignSentences', () => {
  it('pairs a faithful translation one to one', () => {
    const beads = alignSentences(EN, RU, 'en', 'ru');
    expectPartition(beads, EN.length, RU.length);
    expect(pairs(beads)).toEqual(['0-0', '1-1', '2-2', '3-3', '4-4', '5-5']);
  });

  it('joins a sentence the translator split in two', () => {
    const ru = [
      ...RU.slice(0, 2),
      'Путин сказал, что торговля выросла.',
      'Рост составил 12,5 процента.',
      ...RU.slice(3),
    ];
    const beads = alignSentences(EN, ru, 'en', 'ru');
    expectPartition(beads, EN.length, ru.length);
    expect(pairs(beads)).toContain('2-2,3');
  });

  it('keeps a reviewer fix as one bead even against the evidence', () => {
    const fixed = [{ src: [1, 2], tgt: [1], srcText: '', tgtText: '' }];
    const beads = alignSentences(EN, RU, 'en', 'ru', { fixed });
    expectPartition(beads, EN.length, RU.length);
    expect(beads).toContainEqual({ src: [1, 2], tgt: [1], confidence: 1, fixed: true });
    expect(beads.filter((b) => b.fixed)).toHaveLength(1);
  });

  it('drops a fix that no longer fits the text instead of failing', () => {
    const fixed = [{ src: [40], tgt: [0], srcText: '', tgtText: '' }];
    expectPartition(alignSentences(EN, RU, 'en', 'ru', { fixed }), EN.length, RU.length);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [], 'en', 'ru')).toEqual([]);
    expect(pairs(alignSentences(EN.slice(0, 2), [], 'en', 'ru'))).toEqual(['0-', '1-']);
  });

  it('is deterministic', () => {
    expect(alignSentences(EN, RU, 'en', 'ru')).toEqual(alignSentences(EN, RU, 'en', 'ru'));
  });

  it('aligns long texts in a band and still covers everything', () => {
    // 3,000 sentences with a 40-sentence gap on one side: the band must bend around the gap.
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 3000; k += 1) {
      const s = `${EN[k % 6]} Item ${k}.`;
      src.push(s);
      if (k < 1500 || k >= 1540) tgt.push(`${RU[k % 6]} Пункт ${k}.`);
    }
    const beads = alignSentences(src, tgt, 'en', 'ru');
    expectPartition(beads, src.length, tgt.length);
    const ones = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1);
    const right = ones.filter((b) => tgt[b.tgt[0]].endsWith(` ${b.src[0]}.`));
    expect(right.length).toBeGreaterThan(2900);
  });
});

describe('alignSides with paragraphs', () => {
  it('returns paragraph beads that group whole sentence beads', () => {
    const r = alignSides(
      { lang: 'en', sentences: EN, paragraphOf: [0, 0, 1, 1, 2, 2] },
      { lang: 'ru', sentences: RU, paragraphOf: [0, 0, 1, 1, 2, 2] },
    );
    expectPartition(r.beads, EN.length, RU.length);
    expect(r.paragraphBeads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});
