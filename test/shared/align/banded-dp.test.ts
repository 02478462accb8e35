import { describe, expect, it } from 'vitest';
import { bandedAlign, type DpProblem } from '../../../shared/align/banded-dp';
import { DEFAULT_PRIORS, priorCosts } from '../../../shared/align/bead-types';

/** Deterministic sentence lengths between 20 and 180 characters. */
function lengths(count: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let k = 0; k < count; k += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(20 + (x % 161));
  }
  return out;
}

function cumulative(values: number[]): Float64Array {
  const cum = new Float64Array(values.length + 1);
  values.forEach((v, k) => (cum[k + 1] = cum[k] + v));
  return cum;
}

function problem(src: number[], tgt: number[]): DpProblem {
  return {
    srcCum: cumulative(src),
    tgtCum: cumulative(tgt),
    model: { ratio: 1, variance: 6.8 },
    priorCost: priorCosts(DEFAULT_PRIORS),
  };
}

/** Proportional centre: target position with the same share of sentences. */
function proportional(n: number, m: number): Int32Array {
  return Int32Array.from({ length: n + 1 }, (_, i) => Math.round((i * m) / n));
}

describe('bandedAlign', () => {
  it('follows a path that drifts out of a narrow band around a poor centre', () => {
    // Source sentences 50..109 are each split in two on the target side: the path runs 60 sentences ahead of
    // where it started, while the proportional centre spreads that drift over the whole text (off by ~45 at row
    // 110), far beyond the band's width of 16.
    const src = lengths(400, 7);
    const tgt: number[] = [];
    src.forEach((len, k) => {
      if (k >= 50 && k < 110) tgt.push(Math.floor(len / 2), len - Math.floor(len / 2));
      else tgt.push(len);
    });
    const result = bandedAlign(problem(src, tgt), proportional(src.length, tgt.length), 16);
    const expected = (i: number): number => (i < 50 ? i : i < 110 ? 50 + 2 * (i - 50) : i + 60);
    const right = result.beads.filter((b) => b.j0 === expected(b.i0) && b.j1 === expected(b.i1));
    expect(right.length).toBeGreaterThanOrEqual(390);
    expect(result.touchedEdge).toBe(false);
  });

  it('reports the edge when even the followed band cannot hold the path', () => {
    // A block of 60 added target sentences: no cheap partial path leads across it, so the band cannot follow and
    // the caller must widen it.
    const src = lengths(400, 7);
    const tgt = [...src.slice(0, 50), ...lengths(60, 99), ...src.slice(50)];
    const result = bandedAlign(problem(src, tgt), proportional(src.length, tgt.length), 16);
    expect(result.touchedEdge).toBe(true);
  });

  it('covers both sides exactly once with non-negative margins', () => {
    const src = lengths(300, 3);
    const tgt = [...src.slice(0, 120), ...src.slice(125, 300)];
    const result = bandedAlign(problem(src, tgt), proportional(src.length, tgt.length), 8);
    let i = 0;
    let j = 0;
    for (const b of result.beads) {
      expect(b.i0).toBe(i);
      expect(b.j0).toBe(j);
      expect(b.margin).toBeGreaterThanOrEqual(0);
      i = b.i1;
      j = b.j1;
    }
    expect([i, j]).toEqual([src.length, tgt.length]);
  });

  it('gives the same path and margins with a band wide enough to hold everything', () => {
    const src = lengths(120, 11);
    const tgt = [...src.slice(0, 40), ...lengths(3, 5), ...src.slice(40)];
    const p = problem(src, tgt);
    const full = bandedAlign(p, new Int32Array(src.length + 1), tgt.length + 1);
    const banded = bandedAlign(p, proportional(src.length, tgt.length), 12);
    expect(banded.beads).toEqual(full.beads);
  });

  it('splits off a sentence a merge would leave unexplained when coverage costs', () => {
    // Source 0 and 2 link to targets 0 and 1; source 1 is short, has a linkable feature, and links to nothing (its
    // translation is missing). Without a coverage cost a 2-1 bead swallows it, being cheaper than a deletion.
    const links = new Map([
      ['0,0', 1],
      ['2,1', 1],
    ]);
    const base: DpProblem = {
      ...problem([50, 8, 50], [50, 50]),
      pairRow: (x, from, to, out, offset) => {
        for (let y = from; y < to; y += 1) out[offset + y - from] = links.get(`${x},${y}`) ?? 0;
      },
      srcFeatCum: cumulative([2, 1, 2]),
      tgtFeatCum: cumulative([2, 2]),
      lexicalScale: 16,
    };
    const shapes = (p: DpProblem): string[] =>
      bandedAlign(p, new Int32Array(4), 3).beads.map((b) => `${b.i1 - b.i0}-${b.j1 - b.j0}`);
    expect(shapes(base)).toEqual(['2-1', '1-1']);
    expect(shapes({ ...base, coverageCost: 2 })).toEqual(['1-1', '1-0', '1-1']);
    // Without any link inside the bead there is nothing to be unexplained against: no cost.
    links.delete('0,0');
    expect(shapes({ ...base, coverageCost: 2 })).toEqual(shapes(base));
  });
});
