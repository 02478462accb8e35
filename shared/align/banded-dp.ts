import { BEAD_TYPES } from './bead-types';
import { lengthCost, type LengthModel } from './length-model';

/** Everything the dynamic programme needs about one stretch of a document pair. */
export interface DpProblem {
  /** Cumulative character lengths: srcCum[i] = characters of sentences 0..i-1. */
  srcCum: Float64Array;
  tgtCum: Float64Array;
  model: LengthModel;
  /** −ln prior per shape, in BEAD_TYPES order. */
  priorCost: Float64Array;
  /** Reward for pairing source sentence x with target sentences from..to-1, written to out[k - from + offset]. */
  pairRow?: (x: number, from: number, to: number, out: Float64Array, offset: number) => void;
  /** Extra cost of a bead src a..b-1, tgt c..d-1 (paragraph structure); 0 when absent. */
  structureCost?: (a: number, b: number, c: number, d: number) => number;
}

/** One bead on the best path, with the cost margin to the next best way of reaching its end. */
export interface DpBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  cost: number;
  margin: number;
}

/** The best path inside the band, and whether it ran along the band's edge (then the band was too narrow). */
export interface DpResult {
  beads: DpBead[];
  touchedEdge: boolean;
}

/**
 * Banded Gale–Church dynamic programme: only cells within `width` of `center[i]` are visited, so time and memory
 * are O((n + m) · width). center must run from 0 to m, non-decreasing.
 */
export function bandedAlign(p: DpProblem, center: Int32Array, width: number): DpResult {
  const n = p.srcCum.length - 1;
  const m = p.tgtCum.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    lo[i] = Math.max(0, center[i] - width);
    hi[i] = Math.min(m, center[i] + width);
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i += 1) if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
  for (let i = n - 1; i >= 0; i -= 1) if (hi[i] > hi[i + 1]) hi[i] = hi[i + 1];
  for (let i = 1; i <= n; i += 1) if (lo[i] > hi[i - 1] + 1) lo[i] = hi[i - 1] + 1;
  for (let i = 0; i <= n; i += 1) if (hi[i] < lo[i]) hi[i] = lo[i];

  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i += 1) rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
  const size = rowStart[n + 1];
  const dist = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size).fill(255);

  // Pair rewards: row x covers every target a bead containing x may reach.
  let pairStart: Int32Array | null = null;
  let pairLo: Int32Array | null = null;
  let pair: Float64Array | null = null;
  if (p.pairRow) {
    pairStart = new Int32Array(n + 1);
    pairLo = new Int32Array(n);
    const pairHi = new Int32Array(n);
    for (let x = 0; x < n; x += 1) {
      pairLo[x] = lo[Math.max(0, x - 2)];
      pairHi[x] = Math.max(pairLo[x], hi[Math.min(n, x + 3)]);
      pairStart[x + 1] = pairStart[x] + (pairHi[x] - pairLo[x]);
    }
    pair = new Float64Array(pairStart[n]);
    for (let x = 0; x < n; x += 1)
      p.pairRow(x, pairLo[x], pairLo[x] + pairStart[x + 1] - pairStart[x], pair, pairStart[x]);
  }
  const reward = (x: number, y: number): number => {
    if (!pair || !pairStart || !pairLo) return 0;
    const k = y - pairLo[x];
    return k >= 0 && k < pairStart[x + 1] - pairStart[x] ? pair[pairStart[x] + k] : 0;
  };

  const { srcCum, tgtCum, model, priorCost, structureCost } = p;
  dist[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    for (let j = lo[i]; j <= hi[i]; j += 1) {
      const cell = rowStart[i] + j - lo[i];
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestType = 255;
      for (let t = 0; t < BEAD_TYPES.length; t += 1) {
        const a = BEAD_TYPES[t][0];
        const b = BEAD_TYPES[t][1];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = dist[rowStart[pi] + pj - lo[pi]];
        if (prev === Infinity) continue;
        let c = prev + priorCost[t] + lengthCost(model, srcCum[i] - srcCum[pi], tgtCum[j] - tgtCum[pj]);
        if (pair) for (let x = pi; x < i; x += 1) for (let y = pj; y < j; y += 1) c -= reward(x, y);
        if (structureCost) c += structureCost(pi, i, pj, j);
        if (c < best) {
          best = c;
          bestType = t;
        }
      }
      dist[cell] = best;
      back[cell] = bestType;
    }
  }

  const beads: DpBead[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = rowStart[i] + j - lo[i];
    const t = back[cell];
    if (t === 255) throw new Error('alignment band is disconnected');
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touchedEdge = true;
    const pi = i - BEAD_TYPES[t][0];
    const pj = j - BEAD_TYPES[t][1];
    const here = dist[cell];
    const before = dist[rowStart[pi] + pj - lo[pi]];
    beads.push({ i0: pi, i1: i, j0: pj, j1: j, cost: here - before, margin: secondBest(i, j, t) - here });
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { beads, touchedEdge };

  function secondBest(ci: number, cj: number, skip: number): number {
    let best = Infinity;
    for (let t = 0; t < BEAD_TYPES.length; t += 1) {
      if (t === skip) continue;
      const pi = ci - BEAD_TYPES[t][0];
      const pj = cj - BEAD_TYPES[t][1];
      if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
      const prev = dist[rowStart[pi] + pj - lo[pi]];
      if (prev === Infinity) continue;
      let c = prev + priorCost[t] + lengthCost(model, srcCum[ci] - srcCum[pi], tgtCum[cj] - tgtCum[pj]);
      if (pair) for (let x = pi; x < ci; x += 1) for (let y = pj; y < cj; y += 1) c -= reward(x, y);
      if (structureCost) c += structureCost(pi, ci, pj, cj);
      if (c < best) best = c;
    }
    return best;
  }
}
