import { describe, expect, it } from 'vitest';
import { mergeRows, pairKey, type PairBeads } from '../../../shared/align/grid-merge';
import type { Bead, FixedBead } from '../../../shared/align/types';

const b = (src: number[], tgt: number[], confidence = 0.9, fixed = false): Bead =>
  fixed ? { src, tgt, confidence, fixed } : { src, tgt, confidence };

function pair(col: number, beads: Bead[], stored: [Bead, FixedBead][] = []): PairBeads {
  return {
    col,
    targetVersionId: `v${col}`,
    beads,
    stored: new Map(stored.map(([bead, fix]) => [pairKey(bead.src, bead.tgt), fix])),
  };
}

describe('mergeRows', () => {
  it('follows the source, one row per source sentence when every version pairs one to one', () => {
    const rows = mergeRows([0, 0, 1], 0, 2, [pair(1, [b([0], [0]), b([1], [1], 0.3), b([2], [2])])]);
    expect(rows.map((r) => r.cells)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(rows.map((r) => r.paragraphStart)).toEqual([true, false, true]);
    expect(rows.map((r) => r.lowConfidence)).toEqual([false, true, false]);
  });

  it('puts a source sentence with no counterpart on a row with an empty cell', () => {
    const rows = mergeRows([0, 0, 0], 0, 2, [pair(1, [b([0], [0]), b([1], []), b([2], [1])])]);
    expect(rows.map((r) => r.cells)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
  });

  it('binds source sentences that one version joins, gathering every version there', () => {
    const rows = mergeRows([0, 0, 0], 1, 3, [
      pair(0, [b([0, 1], [0]), b([2], [1])]),
      pair(2, [b([0], [0]), b([1], [1]), b([2], [2], 0.2)]),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      [[0], [0, 1], [0, 1]],
      [[1], [2], [2]],
    ]);
    expect(rows[1]?.confidence).toBe(0.2);
  });

  it('gives a sentence found only in a translation its own row in place, versions in column order', () => {
    const rows = mergeRows([0, 0], 0, 3, [
      pair(1, [b([], [0]), b([0], [1]), b([], [2]), b([1], [3])]),
      pair(2, [b([0], [0]), b([], [1]), b([1], [2]), b([], [3])]),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      [[], [0], []],
      [[0], [1], [0]],
      [[], [2], []],
      [[], [], [1]],
      [[1], [3], [2]],
      [[], [], [3]],
    ]);
    expect(rows.every((r) => r.cells.some((c) => c.length > 0))).toBe(true);
  });

  it('folds a translation-only sentence into a row when another version binds both its neighbours', () => {
    const rows = mergeRows([0, 0], 0, 3, [
      pair(1, [b([0], [0]), b([], [1]), b([1], [2])]),
      pair(2, [b([0, 1], [0])]),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([[[0, 1], [0, 1, 2], [0]]]);
  });

  it('names the stored fix behind a fixed bead, with its stored sentence numbers', () => {
    const fixedBead = b([0, 1], [0], 1, true);
    const stored: FixedBead = { src: [3, 4], tgt: [2], srcText: 'a b', tgtText: 'c' };
    const rows = mergeRows([0, 0, 0], 0, 2, [pair(1, [fixedBead, b([2], [1])], [[fixedBead, stored]])]);
    expect(rows[0]?.fixed).toBe(true);
    expect(rows[0]?.fixes).toEqual([{ targetVersionId: 'v1', src: [3, 4], tgt: [2] }]);
    expect(rows[1]?.fixed).toBe(false);
  });

  it('handles a source with no sentences', () => {
    const rows = mergeRows([], 0, 2, [pair(1, [b([], [0]), b([], [1])])]);
    expect(rows.map((r) => r.cells)).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
  });
});
