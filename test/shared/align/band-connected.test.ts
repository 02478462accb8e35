import { describe, expect, it } from 'vitest';
import { bandedAlign, type DpProblem, type DpResult } from '../../../shared/align/banded-dp';
import { DEFAULT_PRIORS, priorCosts } from '../../../shared/align/bead-types';

/** Deterministic pseudo-random numbers in [0, 1) from a seed. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cumulative(values: readonly number[]): Float64Array {
  const cum = new Float64Array(values.length + 1);
  values.forEach((v, k) => (cum[k + 1] = cum[k] + v));
  return cum;
}

function problem(src: readonly number[], tgt: readonly number[]): DpProblem {
  return {
    srcCum: cumulative(src),
    tgtCum: cumulative(tgt),
    model: { ratio: 1, variance: 6.8 },
    priorCost: priorCosts(DEFAULT_PRIORS),
  };
}

/** The beads chain from (0, 0) to (n, m), each a known shape. */
function expectPath(result: DpResult, n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of result.beads) {
    expect([b.i0, b.j0]).toEqual([i, j]);
    expect(b.i1 - b.i0 + b.j1 - b.j0).toBeGreaterThan(0);
    expect(b.i1 - b.i0).toBeLessThanOrEqual(3);
    expect(b.j1 - b.j0).toBeLessThanOrEqual(3);
    i = b.i1;
    j = b.j1;
  }
  expect([i, j]).toEqual([n, m]);
}

describe('the band stays connected from (0, 0) to (n, m)', () => {
  it('when the width shrinks after a widened stretch the path drifted far from a poor centre in', () => {
    // The path runs along the diagonal while the centre says half of it; the wide rows let the band follow the
    // path, and the narrow rows after them used to pull it back behind the previous row's band (an empty row).
    for (const [n, wide, narrow, until] of [
      [200, 16, 2, 150],
      [300, 32, 2, 200],
      [600, 32, 4, 400],
    ]) {
      const lengths = Array.from({ length: n }, (_, k) => 40 + ((k * 37) % 60));
      const center = Int32Array.from({ length: n + 1 }, (_, i) => (i === n ? n : Math.floor(i / 2)));
      const width = Int32Array.from({ length: n + 1 }, (_, i) => (i <= until ? wide : narrow));
      expectPath(bandedAlign(problem(lengths, lengths), center, width), n, n);
    }
  });

  it('for random lengths, centres and per-row widths', () => {
    const next = random(20261128);
    for (let round = 0; round < 60; round += 1) {
      const n = 1 + Math.floor(next() * 400);
      const m = Math.max(1, Math.round(n * (0.125 + next() * 7.875)) % 1200);
      const src = Array.from({ length: n }, () => 5 + Math.floor(next() * 200));
      const tgt = Array.from({ length: m }, () => 5 + Math.floor(next() * 200));
      // A centre from 0 to m that need not follow the lengths at all: a random non-decreasing walk.
      const steps = Array.from({ length: n }, () => next() ** 3);
      const total = steps.reduce((a, b) => a + b, 0) || 1;
      const center = new Int32Array(n + 1);
      let walked = 0;
      for (let i = 1; i <= n; i += 1) {
        walked += steps[i - 1];
        center[i] = Math.min(m, Math.round((walked / total) * m));
      }
      center[n] = m;
      // Widths that jump between narrow and wide stretches.
      const width = new Int32Array(n + 1);
      let w = 1;
      for (let i = 0; i <= n; i += 1) {
        if (next() < 0.05) w = 1 + Math.floor(next() ** 2 * 64);
        width[i] = w;
      }
      expectPath(bandedAlign(problem(src, tgt), center, width), n, m);
    }
  });
});
