import { BEAD_TYPES } from './bead-types';
import type { LengthModel } from './length-model';

/** Everything the dynamic programme needs about one stretch of a document pair. */
export interface DpProblem {
  /** Cumulative character lengths: srcCum[i] = characters of sentences 0..i-1. */
  srcCum: Float64Array;
  tgtCum: Float64Array;
  model: LengthModel;
  /** −ln prior per shape, in BEAD_TYPES order. */
  priorCost: Float64Array;
  /** Link mass between source sentence x and target sentences from..to-1, written to out[k - from + offset]. */
  pairRow?: (x: number, from: number, to: number, out: Float64Array, offset: number) => void;
  /** Cumulative linkable-feature counts per side (as srcCum); a bead's similarity is 2·links / (features). */
  srcFeatCum?: Float64Array;
  tgtFeatCum?: Float64Array;
  /** Cost units a bead saves per unit of similarity (0..1). */
  lexicalScale?: number;
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
  /** Rows where the path ran along the band's edge. */
  touchedRows: number[];
}

/**
 * Banded Gale–Church dynamic programme: only cells within `width` of `center[i]` are visited, so time and memory
 * are O((n + m) · width). center must run from 0 to m, non-decreasing; width is one number or one per row.
 */
export function bandedAlign(p: DpProblem, center: Int32Array, width: Int32Array | number): DpResult {
  const n = p.srcCum.length - 1;
  const m = p.tgtCum.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    const w = typeof width === 'number' ? width : width[i];
    lo[i] = Math.max(0, center[i] - w);
    hi[i] = Math.min(m, center[i] + w);
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
  const second = new Float64Array(size);
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
  const { srcCum, tgtCum, model, priorCost, structureCost } = p;
  const shapeA = Int32Array.from(BEAD_TYPES, (b) => b[0]);
  const shapeB = Int32Array.from(BEAD_TYPES, (b) => b[1]);
  const shapes = shapeA.length;
  const ratio = model.ratio;
  const srcFeatCum = p.srcFeatCum ?? new Float64Array(n + 1);
  const tgtFeatCum = p.tgtFeatCum ?? new Float64Array(m + 1);
  const lexicalScale = p.lexicalScale ?? 0;
  const halfInvRatio = 0.5 / ratio;
  const invVar = 1 / model.variance;

  dist[0] = 0;
  // The hot loop: beadCost's body inlined by hand (a call per cell would box every double it returns).
  for (let i = 0; i <= n; i += 1) {
    const base = rowStart[i] - lo[i];
    const si = srcCum[i];
    for (let j = lo[i]; j <= hi[i]; j += 1) {
      if (i === 0 && j === 0) continue;
      const tj = tgtCum[j];
      let best = Infinity;
      let runnerUp = Infinity;
      let bestType = 255;
      for (let t = 0; t < shapes; t += 1) {
        const pi = i - shapeA[t];
        if (pi < 0) continue;
        const pj = j - shapeB[t];
        const plo = lo[pi];
        if (pj < plo || pj > hi[pi]) continue;
        let c = dist[rowStart[pi] + pj - plo] + priorCost[t];
        if (pair !== null && pairStart !== null && pairLo !== null && pi < i && pj < j) {
          let links = 0;
          for (let x = pi; x < i; x += 1) {
            const pb = pairStart[x] - pairLo[x];
            for (let y = pj; y < j; y += 1) links += pair[pb + y];
          }
          const feats = srcFeatCum[i] - srcFeatCum[pi] + tgtFeatCum[j] - tgtFeatCum[pj];
          if (links > 0 && feats > 0) c -= lexicalScale * Math.min(1, (2 * links) / feats);
        }
        if (c >= runnerUp) continue;
        const ls = si - srcCum[pi];
        const lt = tj - tgtCum[pj];
        const mean = 0.5 * ls + halfInvRatio * lt;
        if (mean > 0) {
          const d = lt - ratio * ls;
          const z = Math.sqrt((d * d * invVar) / mean) * Math.SQRT1_2;
          const q = 1 / (1 + 0.3275911 * z);
          const poly =
            q * (0.254829592 + q * (-0.284496736 + q * (1.421413741 + q * (-1.453152027 + q * 1.061405429))));
          c += z * z - Math.log(poly);
        }
        if (structureCost) c += structureCost(pi, i, pj, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = t;
        } else if (c < runnerUp) runnerUp = c;
      }
      dist[base + j] = best;
      second[base + j] = runnerUp;
      back[base + j] = bestType;
    }
  }

  const beads: DpBead[] = [];
  let touchedEdge = false;
  const touchedRows: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = rowStart[i] + j - lo[i];
    const t = back[cell];
    if (t === 255) throw new Error(`alignment band is disconnected at ${i},${j}`);
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) {
      touchedEdge = true;
      touchedRows.push(i);
    }
    const pi = i - BEAD_TYPES[t][0];
    const pj = j - BEAD_TYPES[t][1];
    const here = dist[cell];
    const before = dist[rowStart[pi] + pj - lo[pi]];
    beads.push({ i0: pi, i1: i, j0: pj, j1: j, cost: here - before, margin: second[cell] - here });
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { beads, touchedEdge, touchedRows };
}
