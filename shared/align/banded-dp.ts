import { BEAD_TYPES } from './bead-types';
import { fillBand, type RowDriver } from './dp-fill';
import { pathPairs, runnerUpAt } from './dp-generic';
import { DpState, MAX_SRC } from './dp-state';
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
  /**
   * Extra cost of a merged bead (2-1, 1-2, 2-2, …) per sentence that has linkable features but no link into the
   * bead's other side while the bead's other sentences do link: its content is unexplained, as when a sentence
   * whose translation was dropped is swallowed by a neighbour's bead. 0 when absent.
   */
  coverageCost?: number;
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

/** How far (in band widths) the band may follow the cheapest partial path away from the given centre. */
const TRACK_REACH = 8;
/**
 * Cost per target sentence credited when choosing the cell the band follows: a partial path that has consumed
 * fewer target sentences is cheaper only because it has not paid for them yet (with unequal sentence counts, e.g.
 * en→zh, the plain cheapest cell lags far behind). Two trackers, one on each side of the cost of an extra target
 * sentence in a 1-2 rather than a 1-1 bead (≈ 3), and the band covers both.
 */
const KAPPA_LO = 2;
const KAPPA_HI = 3;
/** How far (in band widths) beyond the trackers' own band the given band is still visited. */
const GIVEN_REACH = 1;
/** Extra target columns computed per pair row, so rows rarely need extending. */
const PAIR_SLACK = 4;

/** Band limits per row from a centre and width, made monotone and connected so a path from (0,0) to (n,m) exists. */
function bandLimits(
  n: number,
  m: number,
  center: Int32Array,
  width: Int32Array | number,
): { lo: Int32Array; hi: Int32Array } {
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
  return { lo, hi };
}

/** Link masses of the last MAX_SRC source sentences, each over a growing range of target sentences. */
class PairRing {
  private readonly rows: Float64Array[];
  private readonly from: Int32Array;
  private readonly to: Int32Array;

  constructor(
    private readonly pairRow: DpProblem['pairRow'],
    private readonly m: number,
  ) {
    this.rows = Array.from({ length: MAX_SRC }, () => new Float64Array(64));
    this.from = new Int32Array(MAX_SRC);
    this.to = new Int32Array(MAX_SRC);
  }

  /** Starts source sentence x's row at target `from` (the slot of x − MAX_SRC is reused). */
  start(x: number, from: number): void {
    const slot = x % MAX_SRC;
    this.from[slot] = from;
    this.to[slot] = from;
  }

  /** Makes source sentence x's row reach target `upTo` (exclusive); points state.pairs[k] at it. */
  cover(x: number, upTo: number, state: DpState, k: number): void {
    const slot = x % MAX_SRC;
    const from = this.from[slot];
    let row = this.rows[slot];
    if (this.to[slot] < upTo) {
      const end = Math.min(this.m, upTo + PAIR_SLACK);
      if (end - from > row.length) {
        const bigger = new Float64Array(Math.max(end - from, 2 * row.length));
        bigger.set(row.subarray(0, this.to[slot] - from));
        row = bigger;
        this.rows[slot] = row;
      }
      if (this.pairRow) this.pairRow(x, this.to[slot], end, row, this.to[slot] - from);
      this.to[slot] = end;
    }
    state.pairs[k] = row;
    state.bases[k] = -from;
  }
}

/**
 * Banded Gale–Church dynamic programme. Row i visits the cells within width of center[i] and also those within
 * width of where the cheapest partial path ended on row i−1 (up to TRACK_REACH widths from the centre), so the band
 * follows a path that drifts from a poor centre instead of pinning it to the edge. Time and memory are
 * O((n + m) · width). center must run from 0 to m, non-decreasing; width is one number or one per row.
 */
export function bandedAlign(p: DpProblem, center: Int32Array, width: Int32Array | number): DpResult {
  const n = p.srcCum.length - 1;
  const m = p.tgtCum.length - 1;
  const given = bandLimits(n, m, center, width);
  let capacity = 64;
  for (let i = 0; i <= n; i += 1) capacity += given.hi[i] - given.lo[i] + 1;
  const state = new DpState(p, Math.ceil(capacity * 1.6));
  // The start cell (0, 0): cost 0, no bead.
  state.dist[0] = 0;
  state.back[0] = 255;
  fillBand(state, n, new TrackingBand(state, new PairRing(p.pairRow, m), given, center, width, m, n));
  // "Near the edge" rather than "on it": a path hugging the edge is drifting and may already be off track.
  const edgeMargin = Math.max(1, Math.floor((typeof width === 'number' ? width : width[0]) / 4));
  return traceBack(state, p.pairRow, n, m, edgeMargin);
}

/** Sets each row's band (given ∪ around the two trackers), makes room and pair rows, then moves the trackers. */
class TrackingBand implements RowDriver {
  private track = 0;
  private ahead = 0;

  constructor(
    private readonly state: DpState,
    private readonly ring: PairRing,
    private readonly given: { lo: Int32Array; hi: Int32Array },
    private readonly center: Int32Array,
    private readonly width: Int32Array | number,
    private readonly m: number,
    private readonly n: number,
  ) {}

  open(i: number): void {
    const { state, given, center, m } = this;
    const { lo, hi } = state;
    const w = typeof this.width === 'number' ? this.width : this.width[i];
    const reach = TRACK_REACH * w;
    const step = i === 0 ? 0 : center[i] - center[i - 1];
    // No path on row i lies before lo[i − 1], so the reach never drags a tracker behind the band (it would when the
    // width, and with it the reach, shrinks after a widened stretch the trackers used to drift further).
    const floor = i === 0 ? 0 : lo[i - 1];
    const t1 = Math.max(floor, Math.min(center[i] + reach, Math.max(center[i] - reach, this.track + step)));
    const t2 = Math.max(floor, Math.min(center[i] + reach, Math.max(center[i] - reach, this.ahead + step)));
    // The given band, but no further than GIVEN_REACH widths from the trackers, joined with w around them.
    const near = Math.min(t1, t2) - w;
    const far = Math.max(t1, t2) + w;
    let a = i === 0 ? 0 : Math.max(0, Math.min(near, Math.max(given.lo[i], near - GIVEN_REACH * w)));
    let b = i === this.n ? m : Math.min(m, Math.max(far, Math.min(given.hi[i], far + GIVEN_REACH * w)));
    // Keep the band connected whatever the centre and trackers did: lo[i − 1] ≤ a ≤ hi[i − 1] + 1 (every cell of
    // the row is then reachable, by 1-0 or 1-1 and then 0-1), a ≤ b ≤ m, and the last row ends at m.
    if (i > 0) a = Math.min(Math.max(a, lo[i - 1]), hi[i - 1] + 1, m);
    if (b < a) b = a;
    lo[i] = a;
    hi[i] = b;
    state.reserve(i, b - a + 1);
    if (i > 0) this.ring.start(i - 1, lo[Math.max(0, i - MAX_SRC)]);
    for (let k = 0; k < MAX_SRC && i - 1 - k >= 0; k += 1) this.ring.cover(i - 1 - k, b, state, k);
  }

  close(i: number): void {
    const { lo, hi, rowStart, dist } = this.state;
    const a = lo[i];
    const base = rowStart[i] - a;
    // The cells the band follows: the cheapest after crediting KAPPA_LO / KAPPA_HI per target sentence.
    let min1 = Infinity;
    let min2 = Infinity;
    let arg1 = -1;
    let arg2 = -1;
    for (let j = a; j <= hi[i]; j += 1) {
      const d = dist[base + j];
      if (d - KAPPA_LO * j < min1) {
        min1 = d - KAPPA_LO * j;
        arg1 = j;
      }
      if (d - KAPPA_HI * j < min2) {
        min2 = d - KAPPA_HI * j;
        arg2 = j;
      }
    }
    if (arg1 >= 0) {
      this.track = arg1;
      this.ahead = arg2;
    }
  }
}

/** The best path, read back from (n, m), and the rows where it ran near the band's edge. */
function traceBack(
  state: DpState,
  pairRow: DpProblem['pairRow'],
  n: number,
  m: number,
  edgeMargin: number,
): DpResult {
  const { lo, hi, rowStart, dist, back } = state;
  const beads: DpBead[] = [];
  let touchedEdge = false;
  const touchedRows: number[] = [];
  const cells: number[] = [];
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
    beads.push({ i0: pi, i1: i, j0: pj, j1: j, cost: here - before, margin: 0 });
    cells.push(i, j);
    i = pi;
    j = pj;
  }
  const pairs = pathPairs(pairRow, n, cells);
  for (const b of beads)
    b.margin = runnerUpAt(state, pairs, b.i1, b.j1) - dist[rowStart[b.i1] + b.j1 - lo[b.i1]];
  beads.reverse();
  return { beads, touchedEdge, touchedRows };
}
