/** The dynamic programme's cell loop: best cost, runner-up and best shape for every cell of one band row. */
import { BEAD_TYPES } from './bead-types';
import { oneSidedCosts, withLength, withLinks } from './dp-cost';
import type { DpProblem } from './banded-dp';

/** Largest source / target side of any bead shape. */
export const MAX_SRC = Math.max(...BEAD_TYPES.map((b) => b[0]));

/**
 * What the row fill reads and writes. The driver (banded-dp.ts) sets each row's band, makes room for it and points
 * pairs[k] at the link masses of source sentence i-1-k before filling row i.
 */
export class DpState {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Int32Array;
  dist: Float64Array;
  second: Float64Array;
  back: Uint8Array;
  /** pairs[k][bases[k] + y]: link mass of source sentence i-1-k with target sentence y. */
  readonly pairs: Float64Array[];
  readonly bases: Int32Array;
  readonly srcCum: Float64Array;
  readonly tgtCum: Float64Array;
  readonly srcFeatCum: Float64Array;
  readonly tgtFeatCum: Float64Array;
  readonly priorCost: Float64Array;
  readonly ratio: number;
  readonly invVar: number;
  readonly lexicalScale: number;
  /** Length cost of dropping source sentence i-1 (del[i]) or adding target sentence j-1 (ins[j]); −1: none. */
  readonly del: Float64Array;
  readonly ins: Float64Array;
  readonly structureCost: ((a: number, b: number, c: number, d: number) => number) | null;

  constructor(p: DpProblem, capacity: number) {
    const n = p.srcCum.length - 1;
    const m = p.tgtCum.length - 1;
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.rowStart = new Int32Array(n + 2);
    this.dist = new Float64Array(capacity);
    this.second = new Float64Array(capacity);
    this.back = new Uint8Array(capacity);
    this.pairs = Array.from({ length: MAX_SRC }, () => EMPTY);
    this.bases = new Int32Array(MAX_SRC);
    this.srcCum = p.srcCum;
    this.tgtCum = p.tgtCum;
    this.srcFeatCum = p.srcFeatCum ?? new Float64Array(n + 1);
    this.tgtFeatCum = p.tgtFeatCum ?? new Float64Array(m + 1);
    this.priorCost = p.priorCost;
    this.ratio = p.model.ratio;
    this.invVar = 1 / p.model.variance;
    this.lexicalScale = p.pairRow ? (p.lexicalScale ?? 0) : 0;
    this.del = oneSidedCosts(p.srcCum, true, this.ratio, this.invVar);
    this.ins = oneSidedCosts(p.tgtCum, false, this.ratio, this.invVar);
    this.structureCost = p.structureCost ?? null;
  }

  /** Makes room for row i of `cells` cells (rows are laid out one after another). */
  reserve(i: number, cells: number): void {
    const end = this.rowStart[i] + cells;
    this.rowStart[i + 1] = end;
    if (end <= this.dist.length) return;
    const size = Math.max(end, Math.ceil(this.dist.length * 1.5));
    const grow = <T extends Float64Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.dist = grow(this.dist, new Float64Array(size));
    this.second = grow(this.second, new Float64Array(size));
    this.back = grow(this.back, new Uint8Array(size));
  }
}

const EMPTY = new Float64Array(0);

/** The shapes the unrolled loop hard-codes, in order; fillRow falls back to fillRowGeneric if BEAD_TYPES differs. */
const UNROLLED_SHAPES = '1,1 1,0 0,1 2,1 1,2 2,2 1,3 3,1';
const UNROLLED = BEAD_TYPES.map((b) => b.join(',')).join(' ') === UNROLLED_SHAPES;

/** Fills cells from..to of row i (its band). */
export function fillRow(s: DpState, i: number, from: number, to: number): void {
  if (UNROLLED) fillRowUnrolled(s, i, from, to);
  else fillRowGeneric(s, i, from, to);
}

/**
 * Row fill unrolled over the shapes 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1 (BEAD_TYPES order, which decides ties),
 * call-free apart from inlined cost helpers.
 */
function fillRowUnrolled(s: DpState, i: number, from: number, to: number): void {
  const { lo, hi, rowStart, dist, second, back, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale, del, ins } = s;
  const sc = s.structureCost;
  const halfInvRatio = 0.5 / ratio;
  const p11 = priorCost[0];
  const p10 = priorCost[1];
  const p01 = priorCost[2];
  const p21 = priorCost[3];
  const p12 = priorCost[4];
  const p22 = priorCost[5];
  const p13 = priorCost[6];
  const p31 = priorCost[7];
  const pair1 = s.pairs[0];
  const pair2 = s.pairs[1];
  const pair3 = s.pairs[2];
  const x1 = s.bases[0];
  const x2 = s.bases[1];
  const x3 = s.bases[2];
  const base = rowStart[i] - lo[i];
  const si = srcCum[i];
  const fi = srcFeatCum[i];
  // Rows i-1, i-2, i-3: their band (empty when the row does not exist) and cell base.
  const lo1 = i >= 1 ? lo[i - 1] : 1;
  const hi1 = i >= 1 ? hi[i - 1] : 0;
  const lo2 = i >= 2 ? lo[i - 2] : 1;
  const hi2 = i >= 2 ? hi[i - 2] : 0;
  const lo3 = i >= 3 ? lo[i - 3] : 1;
  const hi3 = i >= 3 ? hi[i - 3] : 0;
  const b1 = i >= 1 ? rowStart[i - 1] - lo1 : 0;
  const b2 = i >= 2 ? rowStart[i - 2] - lo2 : 0;
  const b3 = i >= 3 ? rowStart[i - 3] - lo3 : 0;
  const g1 = i >= 1 ? srcFeatCum[i - 1] : 0;
  const g2 = i >= 2 ? srcFeatCum[i - 2] : 0;
  const g3 = i >= 3 ? srcFeatCum[i - 3] : 0;
  const ls1 = i >= 1 ? si - srcCum[i - 1] : 0;
  const ls2 = i >= 2 ? si - srcCum[i - 2] : 0;
  const ls3 = i >= 3 ? si - srcCum[i - 3] : 0;
  const delI = i >= 1 ? del[i] : 0;
  let j0 = from;
  if (i === 0 && from === 0) {
    dist[base] = 0;
    second[base] = 0;
    back[base] = 255;
    j0 = 1;
  }
  for (let j = j0; j <= to; j += 1) {
    const tj = tgtCum[j];
    const fj = tgtFeatCum[j];
    let best = Infinity;
    let runnerUp = Infinity;
    let bestType = 255;
    let c = 0;
    // 1-1
    if (j - 1 >= lo1 && j - 1 <= hi1) {
      c = dist[b1 + j - 1] + p11;
      c = withLinks(c, pair1[x1 + j - 1], fi - g1 + fj - tgtFeatCum[j - 1], lexicalScale);
      if (c < runnerUp) {
        c = withLength(c, ls1, tj - tgtCum[j - 1], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 1, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 0;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 1-0
    if (j >= lo1 && j <= hi1) {
      c = dist[b1 + j] + p10;
      if (c < runnerUp) {
        if (delI >= 0) c = c + delI < runnerUp ? c + delI : Infinity;
        if (sc !== null && c < Infinity) c += sc(i - 1, i, j, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 1;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 0-1
    if (j - 1 >= lo[i]) {
      c = dist[base + j - 1] + p01;
      if (c < runnerUp) {
        const insJ = ins[j];
        if (insJ >= 0) c = c + insJ < runnerUp ? c + insJ : Infinity;
        if (sc !== null && c < Infinity) c += sc(i, i, j - 1, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 2;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 2-1
    if (j - 1 >= lo2 && j - 1 <= hi2) {
      c = dist[b2 + j - 1] + p21;
      c = withLinks(c, pair2[x2 + j - 1] + pair1[x1 + j - 1], fi - g2 + fj - tgtFeatCum[j - 1], lexicalScale);
      if (c < runnerUp) {
        c = withLength(c, ls2, tj - tgtCum[j - 1], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 2, i, j - 1, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 3;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 1-2
    if (j - 2 >= lo1 && j - 2 <= hi1) {
      c = dist[b1 + j - 2] + p12;
      c = withLinks(c, pair1[x1 + j - 2] + pair1[x1 + j - 1], fi - g1 + fj - tgtFeatCum[j - 2], lexicalScale);
      if (c < runnerUp) {
        c = withLength(c, ls1, tj - tgtCum[j - 2], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 2, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 4;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 2-2
    if (j - 2 >= lo2 && j - 2 <= hi2) {
      c = dist[b2 + j - 2] + p22;
      c = withLinks(
        c,
        pair2[x2 + j - 2] + pair2[x2 + j - 1] + pair1[x1 + j - 2] + pair1[x1 + j - 1],
        fi - g2 + fj - tgtFeatCum[j - 2],
        lexicalScale,
      );
      if (c < runnerUp) {
        c = withLength(c, ls2, tj - tgtCum[j - 2], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 2, i, j - 2, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 5;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 1-3
    if (j - 3 >= lo1 && j - 3 <= hi1) {
      c = dist[b1 + j - 3] + p13;
      c = withLinks(
        c,
        pair1[x1 + j - 3] + pair1[x1 + j - 2] + pair1[x1 + j - 1],
        fi - g1 + fj - tgtFeatCum[j - 3],
        lexicalScale,
      );
      if (c < runnerUp) {
        c = withLength(c, ls1, tj - tgtCum[j - 3], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 3, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 6;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    // 3-1
    if (j - 1 >= lo3 && j - 1 <= hi3) {
      c = dist[b3 + j - 1] + p31;
      c = withLinks(
        c,
        pair3[x3 + j - 1] + pair2[x2 + j - 1] + pair1[x1 + j - 1],
        fi - g3 + fj - tgtFeatCum[j - 1],
        lexicalScale,
      );
      if (c < runnerUp) {
        c = withLength(c, ls3, tj - tgtCum[j - 1], ratio, halfInvRatio, invVar, runnerUp);
        if (sc !== null && c < Infinity) c += sc(i - 3, i, j - 1, j);
        if (c < best) {
          runnerUp = best;
          best = c;
          bestType = 7;
        } else if (c < runnerUp) runnerUp = c;
      }
    }
    dist[base + j] = best;
    second[base + j] = runnerUp;
    back[base + j] = bestType;
  }
}

const SHAPE_A = Int32Array.from(BEAD_TYPES, (b) => b[0]);
const SHAPE_B = Int32Array.from(BEAD_TYPES, (b) => b[1]);

/** The same row fill for any BEAD_TYPES table (slower: a loop over shapes and over each bead's sentence pairs). */
function fillRowGeneric(s: DpState, i: number, from: number, to: number): void {
  const { lo, hi, rowStart, dist, second, back, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale, pairs, bases } = s;
  const structureCost = s.structureCost;
  const halfInvRatio = 0.5 / ratio;
  const shapes = SHAPE_A.length;
  const base = rowStart[i] - lo[i];
  const si = srcCum[i];
  const fi = srcFeatCum[i];
  for (let j = from; j <= to; j += 1) {
    if (i === 0 && j === 0) {
      dist[base] = 0;
      second[base] = 0;
      back[base] = 255;
      continue;
    }
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
      if (pi < i && pj < j) {
        let links = 0;
        for (let x = pi; x < i; x += 1) {
          const row = pairs[i - 1 - x];
          const pb = bases[i - 1 - x];
          for (let y = pj; y < j; y += 1) links += row[pb + y];
        }
        c = withLinks(c, links, fi - srcFeatCum[pi] + fj - tgtFeatCum[pj], lexicalScale);
      }
      if (c >= runnerUp) continue;
      c = withLength(c, si - srcCum[pi], tj - tgtCum[pj], ratio, halfInvRatio, invVar, runnerUp);
      if (structureCost !== null && c < Infinity) c += structureCost(pi, i, pj, j);
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
