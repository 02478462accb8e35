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

  // Pair link masses: row x covers every target a bead containing x may reach.
  const pairStart = new Int32Array(n + 1);
  const pairLo = new Int32Array(Math.max(n, 1));
  if (p.pairRow) {
    for (let x = 0; x < n; x += 1) {
      pairLo[x] = lo[Math.max(0, x - 2)];
      const pairHi = Math.max(pairLo[x], hi[Math.min(n, x + 3)]);
      pairStart[x + 1] = pairStart[x] + (pairHi - pairLo[x]);
    }
  }
  const pair = new Float64Array(pairStart[n]);
  if (p.pairRow) {
    for (let x = 0; x < n; x += 1) {
      p.pairRow(x, pairLo[x], pairLo[x] + pairStart[x + 1] - pairStart[x], pair, pairStart[x]);
    }
  }
  const pairBase = new Int32Array(Math.max(n, 1));
  for (let x = 0; x < n; x += 1) pairBase[x] = pairStart[x] - pairLo[x];

  const lengths = new Float64Array([p.model.ratio, 1 / p.model.variance, p.lexicalScale ?? 0]);
  fill(
    { lo, hi, rowStart, dist, second, back },
    p.srcCum,
    p.tgtCum,
    p.srcFeatCum ?? new Float64Array(n + 1),
    p.tgtFeatCum ?? new Float64Array(m + 1),
    p.pairRow ? pair : null,
    pairBase,
    p.priorCost,
    lengths,
    p.structureCost ?? null,
  );

  const beads: DpBead[] = [];
  let touchedEdge = false;
  // "Near the edge" rather than "on it": a path hugging the edge is drifting and may already be off track.
  const edgeMargin = Math.max(1, Math.floor((typeof width === 'number' ? width : width[0]) / 4));
  const touchedRows: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = rowStart[i] + j - lo[i];
    const t = back[cell];
    if (t === 255) throw new Error(`alignment band is disconnected at ${i},${j}`);
    if ((j - lo[i] < edgeMargin && lo[i] > 0) || (hi[i] - j < edgeMargin && hi[i] < m)) {
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

interface Table {
  lo: Int32Array;
  hi: Int32Array;
  rowStart: Int32Array;
  dist: Float64Array;
  second: Float64Array;
  back: Uint8Array;
}

const TAIL_STEPS = 256;
const TAIL_MAX = 16;
/** g(z) = −ln erfc(z) − z², tabulated on [0, 16] (Abramowitz–Stegun 7.1.26); Math.log per cell is too slow. */
const TAIL = Float64Array.from({ length: TAIL_STEPS * TAIL_MAX + 2 }, (_, k) => {
  const z = k / TAIL_STEPS;
  const q = 1 / (1 + 0.3275911 * z);
  return -Math.log(
    q * (0.254829592 + q * (-0.284496736 + q * (1.421413741 + q * (-1.453152027 + q * 1.061405429)))),
  );
});
const LN_SQRT_PI = 0.5 * Math.log(Math.PI);

/** −ln erfc(z) − z² for z = √zz, by table and linear interpolation (asymptotic form beyond the table). */
function erfcTail(zz: number): number {
  const z = Math.sqrt(zz);
  if (z >= TAIL_MAX) return Math.log(z) + LN_SQRT_PI;
  const x = z * TAIL_STEPS;
  const k = x | 0;
  return TAIL[k] + (x - k) * (TAIL[k + 1] - TAIL[k]);
}

const SHAPE_A = Int32Array.from(BEAD_TYPES, (b) => b[0]);
const SHAPE_B = Int32Array.from(BEAD_TYPES, (b) => b[1]);

/** The hot loop, kept monomorphic and call-free: fills best cost, runner-up cost and best shape per cell. */
function fill(
  table: Table,
  srcCum: Float64Array,
  tgtCum: Float64Array,
  srcFeatCum: Float64Array,
  tgtFeatCum: Float64Array,
  pair: Float64Array | null,
  pairBase: Int32Array,
  priorCost: Float64Array,
  params: Float64Array,
  structureCost: ((a: number, b: number, c: number, d: number) => number) | null,
): void {
  const { lo, hi, rowStart, dist, second, back } = table;
  const n = srcCum.length - 1;
  const ratio = params[0];
  const invVar = params[1];
  const lexicalScale = params[2];
  const halfInvRatio = 0.5 / ratio;
  const shapes = SHAPE_A.length;
  dist[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    const base = rowStart[i] - lo[i];
    const si = srcCum[i];
    const fi = srcFeatCum[i];
    const hiI = hi[i];
    for (let j = lo[i]; j <= hiI; j += 1) {
      if (i === 0 && j === 0) continue;
      const tj = tgtCum[j];
      const fj = tgtFeatCum[j];
      let best = Infinity;
      let runnerUp = Infinity;
      let bestType = 255;
      for (let t = 0; t < shapes; t += 1) {
        const pi = i - SHAPE_A[t];
        if (pi < 0) continue;
        const pj = j - SHAPE_B[t];
        const plo = lo[pi];
        if (pj < plo || pj > hi[pi]) continue;
        let c = dist[rowStart[pi] + pj - plo] + priorCost[t];
        if (pair !== null && pi < i && pj < j) {
          let links = 0;
          for (let x = pi; x < i; x += 1) {
            const pb = pairBase[x];
            for (let y = pj; y < j; y += 1) links += pair[pb + y];
          }
          const feats = fi - srcFeatCum[pi] + fj - tgtFeatCum[pj];
          if (links > 0 && feats > 0) c -= lexicalScale * Math.min(1, (2 * links) / feats);
        }
        if (c >= runnerUp) continue;
        const ls = si - srcCum[pi];
        const lt = tj - tgtCum[pj];
        const mean = 0.5 * ls + halfInvRatio * lt;
        if (mean > 0) {
          const d = lt - ratio * ls;
          const zz = (0.5 * d * d * invVar) / mean;
          if (c + zz >= runnerUp) continue;
          c += zz + erfcTail(zz);
        }
        if (structureCost !== null) c += structureCost(pi, i, pj, j);
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
}
