import { describe, expect, it } from 'vitest';
import { loadGoldSets } from '../../../bench/align/gold';
import { omissionScore } from '../../../bench/align/omissions';

describe('omissions', () => {
  it('shows a sentence whose translation was deleted as a lone row in many short hu-en windows', () => {
    const [set] = loadGoldSets(undefined, 'hunalign-dtm-hu-en');
    const score = omissionScore(set);
    expect(score.total).toBeGreaterThan(20);
    // Before one-sided beads lost their length term this was 0 of 35; it is 14 of 35 now.
    expect(score.detected / score.total).toBeGreaterThanOrEqual(0.3);
  });
});
