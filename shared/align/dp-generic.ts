/** The row fill for any bead-shape table, and the runner-up cost of one cell (for margins on the final path). */
import { BEAD_TYPES } from './bead-types';
import { withLength, withLinks } from './dp-cost';
import { MAX_SRC, MAX_TGT, type DpState } from './dp-state';

const SHAPE_A = Int32Array.from(BEAD_TYPES, (b) => b[0]);
const SHAPE_B = Int32Array.from(BEAD_TYPES, (b) => b[1]);

/** The same row fill for any BEAD_TYPES table (slower: a loop over shapes and over each bead's sentence pairs). */
export function fillRowGeneric(s: DpState, i: number, from: number, to: number): void {
  const { lo, hi, rowStart, dist, back, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale, pairs, bases } = s;
  const structureCost = s.structureCost;
  const halfInvRatio = 0.5 / ratio;
  const shapes = SHAPE_A.length;
  const base = rowStart[i] - lo[i];
  const si = srcCum[i];
  const fi = srcFeatCum[i];
  for (let j = from; j <= to; j += 1) {
    if (i === 0 && j === 0) continue;
    const tj = tgtCum[j];
    const fj = tgtFeatCum[j];
    let best = Infinity;
    let bestType = 255;
    for (let t = 0; t < shapes; t += 1) {
      const pi = i - SHAPE_A[t];
      if (pi < 0) continue;
      const pj = j - SHAPE_B[t];
      const plo = lo[pi];
      if (pj < plo || pj > hi[pi]) continue;
      let c = dist[rowStart[pi] + pj - plo] + priorCost[t];
      if (pi < i && pj < j) {
        if (c - lexicalScale >= best) continue;
        let links = 0;
        for (let x = pi; x < i; x += 1) {
          const row = pairs[i - 1 - x];
          const pb = bases[i - 1 - x];
          for (let y = pj; y < j; y += 1) links += row[pb + y];
        }
        c = withLinks(c, links, fi - srcFeatCum[pi] + fj - tgtFeatCum[pj], lexicalScale);
      }
      if (c >= best) continue;
      c = withLength(c, si - srcCum[pi], tj - tgtCum[pj], ratio, halfInvRatio, invVar, best);
      if (structureCost !== null && c < Infinity) c += structureCost(pi, i, pj, j);
      if (c < best) {
        best = c;
        bestType = t;
      }
    }
    dist[base + j] = best;
    back[base + j] = bestType;
  }
}

/** Link masses of the sentence pairs the final path's runner-up costs need: source x with targets lo[x]..hi[x]-1. */
export interface PathPairs {
  values: Float64Array;
  start: Int32Array;
  lo: Int32Array;
}

/** Collects, with one pairRow call per source sentence, every link mass runnerUpAt needs for the path's cells. */
export function pathPairs(
  pairRow: ((x: number, from: number, to: number, out: Float64Array, offset: number) => void) | undefined,
  n: number,
  cells: readonly number[],
): PathPairs {
  const lo = new Int32Array(n + 1).fill(0x7fffffff);
  const hi = new Int32Array(n + 1);
  for (let k = 0; k < cells.length; k += 2) {
    const i = cells[k];
    const j = cells[k + 1];
    const y0 = Math.max(0, j - MAX_TGT);
    for (let x = Math.max(0, i - MAX_SRC); x < i; x += 1) {
      if (y0 < lo[x]) lo[x] = y0;
      if (j > hi[x]) hi[x] = j;
    }
  }
  const start = new Int32Array(n + 2);
  for (let x = 0; x <= n; x += 1) start[x + 1] = start[x] + (hi[x] > lo[x] ? hi[x] - lo[x] : 0);
  const values = new Float64Array(start[n + 1]);
  if (pairRow) for (let x = 0; x < n; x += 1) if (hi[x] > lo[x]) pairRow(x, lo[x], hi[x], values, start[x]);
  return { values, start, lo };
}

/**
 * The second-best cost of reaching cell (i, j), over every bead shape and without pruning (the fill keeps only the
 * best; the runner-up is needed only on the final path, for the bead's margin). Same arithmetic as the fill.
 */
export function runnerUpAt(s: DpState, pairs: PathPairs, i: number, j: number): number {
  const { lo, hi, rowStart, dist, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale } = s;
  const halfInvRatio = 0.5 / ratio;
  let best = Infinity;
  let runnerUp = Infinity;
  for (let t = 0; t < SHAPE_A.length; t += 1) {
    const pi = i - SHAPE_A[t];
    if (pi < 0) continue;
    const pj = j - SHAPE_B[t];
    const plo = lo[pi];
    if (pj < plo || pj > hi[pi]) continue;
    let c = dist[rowStart[pi] + pj - plo] + priorCost[t];
    if (pi < i && pj < j) {
      let links = 0;
      for (let x = pi; x < i; x += 1) {
        const base = pairs.start[x] - pairs.lo[x];
        for (let y = pj; y < j; y += 1) links += pairs.values[base + y];
      }
      c = withLinks(c, links, srcFeatCum[i] - srcFeatCum[pi] + tgtFeatCum[j] - tgtFeatCum[pj], lexicalScale);
    }
    c = withLength(c, srcCum[i] - srcCum[pi], tgtCum[j] - tgtCum[pj], ratio, halfInvRatio, invVar, Infinity);
    if (s.structureCost !== null && c < Infinity) c += s.structureCost(pi, i, pj, j);
    if (c < best) {
      runnerUp = best;
      best = c;
    } else if (c < runnerUp) runnerUp = c;
  }
  return runnerUp;
}
