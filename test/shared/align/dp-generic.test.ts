import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../shared/align/dp-generic';

/** Cumulative counts: cum[k] = sum of values[0..k-1]. */
function cum(values: number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = out[k] + v));
  return out;
}

describe('coverageOf', () => {
  const srcFeat = cum([2, 1, 0]);
  const tgtFeat = cum([3, 1]);

  it('charges each linkable sentence of a merge that links to nothing on the other side', () => {
    // Source 0 links target 0; source 1 (linkable) and target 1 (linkable) link to nothing.
    const link = (x: number, y: number): number => (x === 0 && y === 0 ? 1 : 0);
    expect(coverageOf(link, 0, 2, 0, 1, srcFeat, tgtFeat, 2)).toBe(2);
    expect(coverageOf(link, 0, 2, 0, 2, srcFeat, tgtFeat, 2)).toBe(4);
  });

  it('spares sentences without linkable features, one-to-one beads and beads without any link', () => {
    const link = (x: number, y: number): number => (x === 1 && y === 0 ? 1 : 0);
    // Source 2 has no linkable feature: nothing to explain.
    expect(coverageOf(link, 1, 3, 0, 1, srcFeat, tgtFeat, 2)).toBe(0);
    expect(coverageOf(() => 0, 0, 1, 1, 2, srcFeat, tgtFeat, 2)).toBe(0);
    expect(coverageOf(() => 0, 0, 2, 0, 1, srcFeat, tgtFeat, 2)).toBe(0);
    expect(coverageOf(link, 0, 2, 0, 1, srcFeat, tgtFeat, 0)).toBe(0);
  });
});
