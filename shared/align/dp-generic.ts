/** The row fill for any bead-shape table, and the runner-up cost of one cell (for margins on the final path). */
import { BEAD_TYPES } from './bead-types';
import { withLength, withLinks } from './dp-cost';
import { MAX_SRC, MAX_TGT, type DpState } from './dp-state';

const SHAPE_A = Int32Array.from(BEAD_TYPES, (b) => b[0]);
const SHAPE_B = Int32Array.from(BEAD_TYPES, (b) => b[1]);

/**
 * Coverage cost of the bead src pi..i-1, tgt pj..j-1 (link(x, y) its link masses): DpProblem.coverageCost per
 * sentence with linkable features and no link into the other side, when the bead links at all and is a merge.
 */
export function coverageOf(
  link: (x: number, y: number) => number,
  pi: number,
  i: number,
  pj: number,
  j: number,
  srcFeatCum: Float64Array,
  tgtFeatCum: Float64Array,
  cost: number,
): number {
  if (cost === 0 || i - pi + j - pj <= 2) return 0;
  let total = 0;
  let out = 0;
  for (let x = pi; x < i; x += 1) {
    let row = 0;
    for (let y = pj; y < j; y += 1) row += link(x, y);
    total += row;
    if (row === 0 && srcFeatCum[x + 1] > srcFeatCum[x]) out += cost;
  }
  for (let y = pj; y < j; y += 1) {
    let col = 0;
    for (let x = pi; x < i; x += 1) col += link(x, y);
    if (col === 0 && tgtFeatCum[y + 1] > tgtFeatCum[y]) out += cost;
  }
  return total > 0 ? out : 0;
}

/** The same row fill for any BEAD_TYPES table (slower: a loop over shapes and over each bead's sentence pairs). */
export function fillRowGeneric(s: DpState, i: number, from: number, to: number): void {
  const { lo, hi, rowStart, dist, back, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale, coverageCost, pairs, bases } = s;
  const link = (x: number, y: number): number => pairs[i - 1 - x][bases[i - 1 - x] + y];
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
        c += coverageOf(link, pi, i, pj, j, srcFeatCum, tgtFeatCum, coverageCost);
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
  const { ratio, invVar, lexicalScale, coverageCost } = s;
  const halfInvRatio = 0.5 / ratio;
  const link = (x: number, y: number): number => pairs.values[pairs.start[x] - pairs.lo[x] + y];
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
      c += coverageOf(link, pi, i, pj, j, srcFeatCum, tgtFeatCum, coverageCost);
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
