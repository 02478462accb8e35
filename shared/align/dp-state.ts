/** The dynamic programme's working state: band layout, costs and back-pointers, and the row's pair rows. */
import { BEAD_TYPES } from './bead-types';
import type { DpProblem } from './banded-dp';

/** Largest source / target side of any bead shape. */
export const MAX_SRC = Math.max(...BEAD_TYPES.map((b) => b[0]));
export const MAX_TGT = Math.max(...BEAD_TYPES.map((b) => b[1]));

/**
 * What the row fill reads and writes. The driver (banded-dp.ts) sets each row's band, makes room for it and points
 * pairs[k] at the link masses of source sentence i-1-k before filling row i.
 */
export class DpState {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Int32Array;
  dist: Float64Array;
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
  readonly coverageCost: number;
  readonly structureCost: ((a: number, b: number, c: number, d: number) => number) | null;

  constructor(p: DpProblem, capacity: number) {
    const n = p.srcCum.length - 1;
    const m = p.tgtCum.length - 1;
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.rowStart = new Int32Array(n + 2);
    this.dist = new Float64Array(capacity);
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
    this.coverageCost = p.pairRow ? (p.coverageCost ?? 0) : 0;
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
    this.back = grow(this.back, new Uint8Array(size));
  }
}

const EMPTY = new Float64Array(0);
