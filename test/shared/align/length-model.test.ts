import { describe, expect, it } from 'vitest';
import { initialLengthModel, refineLengthModel } from '../../../shared/align/length-model';

/** Pairs whose target is 1.2 × source, off by ±spread characters in turn. */
function pairs(count: number, spread: number): [number, number][] {
  return Array.from({ length: count }, (_, k) => {
    const s = 40 + 10 * (k % 5);
    return [s, Math.round(1.2 * s) + (k % 2 === 0 ? spread : -spread)];
  });
}

describe('refineLengthModel', () => {
  const fallback = initialLengthModel([100], [120]);

  it("learns a short story's own, tighter spread from a dozen pairs", () => {
    const model = refineLengthModel(pairs(12, 3), fallback);
    expect(model.ratio).toBeCloseTo(1.2, 1);
    expect(model.variance).toBeLessThan(fallback.variance / 2);
  });

  it('keeps the fallback with too few pairs and leans towards it with few', () => {
    expect(refineLengthModel(pairs(5, 3), fallback)).toEqual(fallback);
    const few = refineLengthModel(pairs(10, 3), fallback);
    const many = refineLengthModel(pairs(200, 3), fallback);
    expect(few.variance).toBeGreaterThan(many.variance);
  });
});
