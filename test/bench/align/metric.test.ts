import { describe, expect, it } from 'vitest';
import { mergeByUnits, precisionCounts, scoreDocuments } from '../../../bench/align/metric';

const b = (src: number[], tgt: number[]): { src: number[]; tgt: number[] } => ({ src, tgt });

describe('alignment metric (Bleualign / Vecalign score)', () => {
  it('is perfect when test equals gold', () => {
    const gold = [b([0], [0]), b([1, 2], [1]), b([], [2])];
    const s = scoreDocuments([{ gold, test: gold }]);
    expect(s.f1Strict).toBe(1);
    expect(s.f1Lax).toBe(1);
  });

  it('counts strict and lax hits as the README says', () => {
    const gold = [b([0], [0]), b([1, 2], [1]), b([3], [2])];
    // [1]:[1] overlaps gold [1,2]:[1] (lax hit, strict miss); [2]:[] is a null bead not in gold (miss, even lax).
    const test = [b([0], [0]), b([1], [1]), b([2], []), b([3], [2])];
    const p = precisionCounts(gold, test);
    expect(p).toEqual({ tpStrict: 2, fpStrict: 2, tpLax: 3, fpLax: 1 });
    const s = scoreDocuments([{ gold, test }]);
    expect(s.precisionStrict).toBeCloseTo(0.5);
    // Recall drops null beads: gold 3 beads, test finds [0]:[0] and [3]:[2] exactly; all 3 overlap a test bead.
    expect(s.recallStrict).toBeCloseTo(2 / 3);
    expect(s.recallLax).toBe(1);
    expect(s.f1Strict).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(s.precisionLax).toBeCloseTo(0.75);
  });

  it('ignores beads empty on both sides and collapses duplicates', () => {
    const gold = [b([0], [0])];
    const p = precisionCounts(gold, [b([0], [0]), b([0], [0]), b([], [])]);
    expect(p).toEqual({ tpStrict: 1, fpStrict: 0, tpLax: 1, fpLax: 0 });
  });

  it('pools counts over documents rather than averaging scores', () => {
    const one = { gold: [b([0], [0])], test: [b([0], [0])] };
    const two = { gold: [b([0], [0]), b([1], [1]), b([2], [2])], test: [b([0, 1, 2], [0, 1, 2])] };
    const s = scoreDocuments([one, two]);
    expect(s.precisionStrict).toBeCloseTo(1 / 2);
    expect(s.recallStrict).toBeCloseTo(1 / 4);
  });

  it('merges consecutive beads inside one verse, as the Bible scoring does', () => {
    const srcUnits = ['v1', 'v1', 'v2'];
    const tgtUnits = ['v1', 'v1', 'v1', 'v2'];
    const test = [b([0], [0]), b([], [1]), b([1], [2]), b([2], [3])];
    expect(mergeByUnits(test, srcUnits, tgtUnits)).toEqual([b([0, 1], [0, 1, 2]), b([2], [3])]);
  });

  it('does not merge a bead that spans two verses', () => {
    const units = ['a', 'a', 'b'];
    const test = [b([0], [0]), b([1, 2], [1, 2])];
    expect(mergeByUnits(test, units, units)).toEqual(test);
  });
});
