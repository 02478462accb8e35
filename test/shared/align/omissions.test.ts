import { describe, expect, it } from 'vitest';
import { loadGoldSets } from '../../../bench/align/gold';
import { omissionScore } from '../../../bench/align/omissions';

describe('omissions', () => {
  it('shows a sentence whose translation was deleted as a lone row in most short hu-en windows', () => {
    const [set] = loadGoldSets(undefined, 'hunalign-dtm-hu-en');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(20);
    // 0 of 35 while one-sided beads paid a length term, 14 of 35 before short texts had their own length model
    // and merges paid for unexplained sentences; 21 of 35 then, 22 of 35 with the seed lexicon.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.6);
  });

  it('shows it in half the de-fr windows (pre-tokenized OCR text)', () => {
    const [set] = loadGoldSets(undefined, 'textberg-de-fr-dev');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(10);
    // 4 of 18 before, 9 of 18 with coverage costs, 10 of 18 with the seed lexicon.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.5);
  });

  it('shows it in a fifth of the zh-en windows (literary translation, few shared anchors)', () => {
    const [set] = loadGoldSets(undefined, 'mac-dev-zh-en');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(40);
    // 4 of 60 before coverage costs, 7 of 60 with them, 8 with pinyin names, 13 with the seed lexicon.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.2);
  });
});
