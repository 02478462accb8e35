import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROW_HEIGHT,
  estimateHeight,
  FULL_RENDER_LIMIT,
  OVERSCAN_PX,
  rowAt,
  rowOffsets,
  windowAround,
  windowFor,
} from '../../../../renderer/features/review/grid-window';

describe('grid window arithmetic', () => {
  it('estimates unmeasured rows from the measured ones', () => {
    expect(estimateHeight(new Float64Array(4))).toBe(DEFAULT_ROW_HEIGHT);
    const heights = Float64Array.from([10, 0, 30, 0]);
    expect(estimateHeight(heights)).toBe(20);
    expect(Array.from(rowOffsets(heights, 20))).toEqual([0, 10, 30, 60, 80]);
  });

  it('finds the row at a position', () => {
    const offsets = rowOffsets(Float64Array.from([10, 20, 30]), 0);
    expect([
      rowAt(offsets, 0),
      rowAt(offsets, 9),
      rowAt(offsets, 10),
      rowAt(offsets, 59),
      rowAt(offsets, 999),
    ]).toEqual([0, 0, 1, 2, 2]);
  });

  it('draws every row of a small document', () => {
    const offsets = rowOffsets(new Float64Array(FULL_RENDER_LIMIT), 50);
    expect(windowFor(offsets, 5000, 6000)).toEqual({ from: 0, to: FULL_RENDER_LIMIT });
  });

  it('draws only the rows near the viewport of a long one, with overscan', () => {
    const offsets = rowOffsets(new Float64Array(5000), 100);
    const win = windowFor(offsets, 100_000, 101_000);
    expect(win.from).toBeLessThanOrEqual(1000 - OVERSCAN_PX / 100);
    expect(win.from).toBeGreaterThan(900);
    expect(win.to).toBeGreaterThanOrEqual(1010 + OVERSCAN_PX / 100);
    expect(win.to - win.from).toBeLessThan(60);
    expect(windowFor(offsets, 499_000, 500_500).to).toBe(5000);
  });

  it('moves the window to a far row and keeps it when the row is already drawn', () => {
    const current = { from: 0, to: 48 };
    expect(windowAround(5000, 10, current)).toBe(current);
    const far = windowAround(5000, 4999, current);
    expect(far.from).toBeLessThanOrEqual(4999);
    expect(far.to).toBe(5000);
  });
});
