import { describe, expect, it } from 'vitest';
import { loadGoldSets } from '../../../bench/align/gold';
import { omissionScore } from '../../../bench/align/omissions';

describe('omissions', () => {
  it('shows a sentence whose translation was deleted as a lone row in most short hu-en windows', () => {
    const [set] = loadGoldSets(undefined, 'hunalign-dtm-hu-en');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(20);
    // 0 of 35 while one-sided beads paid a length term, 14 of 35 before short texts had their own length model
    // and merges paid for unexplained sentences; 21 of 35 since.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.55);
  });

  it('shows it in half the de-fr windows (pre-tokenized OCR text)', () => {
    const [set] = loadGoldSets(undefined, 'textberg-de-fr-dev');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(10);
    // 4 of 18 before, 9 of 18 since.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.45);
  });
});
