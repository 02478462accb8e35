/** The dynamic programme's cell loop: best cost and best shape for every cell of one band row. */
import { BEAD_TYPES } from './bead-types';
import { erfcTail } from './dp-cost';
import { fillRowGeneric } from './dp-generic';
import type { DpState } from './dp-state';

/** The shapes the unrolled loop hard-codes, in order; fillRow falls back to fillRowGeneric if BEAD_TYPES differs. */
const UNROLLED_SHAPES = '1,1 1,0 0,1 2,1 1,2 2,2 1,3 3,1';
const UNROLLED = BEAD_TYPES.map((b) => b.join(',')).join(' ') === UNROLLED_SHAPES;

/** Sets up each row before it is filled (band, room, pair rows) and looks at it afterwards (band tracking). */
export interface RowDriver {
  open(i: number): void;
  close(i: number): void;
}

/**
 * Fills rows 0..n, row i over its band lo[i]..hi[i] as driver.open(i) set it. One call per band, not per row, so
 * the engine optimises the loop early (on-stack) instead of after many row calls.
 */
export function fillBand(s: DpState, n: number, driver: RowDriver): void {
  if (UNROLLED) fillRowsUnrolled(s, n, driver);
  else {
    for (let i = 0; i <= n; i += 1) {
      driver.open(i);
      fillRowGeneric(s, i, s.lo[i], s.hi[i]);
      driver.close(i);
    }
  }
}

/**
 * Row fill unrolled over the shapes 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1 (BEAD_TYPES order, which decides ties),
 * call-free apart from inlined cost helpers.
 */
function fillRowsUnrolled(s: DpState, n: number, driver: RowDriver): void {
  const { lo, hi, rowStart, srcCum, tgtCum, srcFeatCum, tgtFeatCum, priorCost } = s;
  const { ratio, invVar, lexicalScale } = s;
  const cov = s.coverageCost;
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
  for (let i = 0; i <= n; i += 1) {
    driver.open(i);
    const from = lo[i];
    const to = hi[i];
    const dist = s.dist;
    const back = s.back;
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
    // Cell (0, 0), the start, is set by the driver.
    const j0 = (i | from) === 0 ? 1 : from;
    for (let j = j0; j <= to; j += 1) {
      const tj = tgtCum[j];
      const fj = tgtFeatCum[j];
      let best = Infinity;
      let bestType = 255;
      let c = 0;
      let links = 0;
      let feats = 0;
      let mean = 0;
      let d = 0;
      let zz = 0;
      // 1-0
      if (j >= lo1 && j <= hi1) {
        c = dist[b1 + j] + p10;
        if (sc !== null && c < Infinity) c += sc(i - 1, i, j, j);
        if (c < best) {
          best = c;
          bestType = 1;
        }
      }
      // 0-1
      if (j - 1 >= lo[i]) {
        c = dist[base + j - 1] + p01;
        if (c < best) {
          if (sc !== null && c < Infinity) c += sc(i, i, j - 1, j);
          if (c < best) {
            best = c;
            bestType = 2;
          }
        }
      }
      // 1-1, evaluated after the cheap one-sided shapes so their cost can prune it; it still wins ties (≤).
      if (j - 1 >= lo1 && j - 1 <= hi1) {
        c = dist[b1 + j - 1] + p11;
        if (c - lexicalScale <= best) {
          links = pair1[x1 + j - 1];
          feats = fi - g1 + fj - tgtFeatCum[j - 1];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (c <= best) {
            mean = 0.5 * ls1 + halfInvRatio * (tj - tgtCum[j - 1]);
            if (mean > 0) {
              d = tj - tgtCum[j - 1] - ratio * ls1;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz > best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 1, j);
            if (c <= best && c < Infinity) {
              best = c;
              bestType = 0;
            }
          }
        }
      }
      // 2-1
      if (j - 1 >= lo2 && j - 1 <= hi2) {
        c = dist[b2 + j - 1] + p21;
        if (c - lexicalScale < best) {
          links = pair2[x2 + j - 1] + pair1[x1 + j - 1];
          feats = fi - g2 + fj - tgtFeatCum[j - 1];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (links > 0 && cov > 0) {
            if (pair2[x2 + j - 1] === 0 && g1 > g2) c += cov;
            if (pair1[x1 + j - 1] === 0 && fi > g1) c += cov;
          }
          if (c < best) {
            mean = 0.5 * ls2 + halfInvRatio * (tj - tgtCum[j - 1]);
            if (mean > 0) {
              d = tj - tgtCum[j - 1] - ratio * ls2;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz >= best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 2, i, j - 1, j);
            if (c < best) {
              best = c;
              bestType = 3;
            }
          }
        }
      }
      // 1-2
      if (j - 2 >= lo1 && j - 2 <= hi1) {
        c = dist[b1 + j - 2] + p12;
        if (c - lexicalScale < best) {
          links = pair1[x1 + j - 2] + pair1[x1 + j - 1];
          feats = fi - g1 + fj - tgtFeatCum[j - 2];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (links > 0 && cov > 0) {
            if (pair1[x1 + j - 2] === 0 && tgtFeatCum[j - 1] > tgtFeatCum[j - 2]) c += cov;
            if (pair1[x1 + j - 1] === 0 && fj > tgtFeatCum[j - 1]) c += cov;
          }
          if (c < best) {
            mean = 0.5 * ls1 + halfInvRatio * (tj - tgtCum[j - 2]);
            if (mean > 0) {
              d = tj - tgtCum[j - 2] - ratio * ls1;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz >= best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 2, j);
            if (c < best) {
              best = c;
              bestType = 4;
            }
          }
        }
      }
      // 2-2
      if (j - 2 >= lo2 && j - 2 <= hi2) {
        c = dist[b2 + j - 2] + p22;
        if (c - lexicalScale < best) {
          links = pair2[x2 + j - 2] + pair2[x2 + j - 1] + pair1[x1 + j - 2] + pair1[x1 + j - 1];
          feats = fi - g2 + fj - tgtFeatCum[j - 2];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (links > 0 && cov > 0) {
            const a = pair2[x2 + j - 2];
            const b = pair2[x2 + j - 1];
            const e = pair1[x1 + j - 2];
            const f = pair1[x1 + j - 1];
            if (a + b === 0 && g1 > g2) c += cov;
            if (e + f === 0 && fi > g1) c += cov;
            if (a + e === 0 && tgtFeatCum[j - 1] > tgtFeatCum[j - 2]) c += cov;
            if (b + f === 0 && fj > tgtFeatCum[j - 1]) c += cov;
          }
          if (c < best) {
            mean = 0.5 * ls2 + halfInvRatio * (tj - tgtCum[j - 2]);
            if (mean > 0) {
              d = tj - tgtCum[j - 2] - ratio * ls2;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz >= best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 2, i, j - 2, j);
            if (c < best) {
              best = c;
              bestType = 5;
            }
          }
        }
      }
      // 1-3
      if (j - 3 >= lo1 && j - 3 <= hi1) {
        c = dist[b1 + j - 3] + p13;
        if (c - lexicalScale < best) {
          links = pair1[x1 + j - 3] + pair1[x1 + j - 2] + pair1[x1 + j - 1];
          feats = fi - g1 + fj - tgtFeatCum[j - 3];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (links > 0 && cov > 0) {
            if (pair1[x1 + j - 3] === 0 && tgtFeatCum[j - 2] > tgtFeatCum[j - 3]) c += cov;
            if (pair1[x1 + j - 2] === 0 && tgtFeatCum[j - 1] > tgtFeatCum[j - 2]) c += cov;
            if (pair1[x1 + j - 1] === 0 && fj > tgtFeatCum[j - 1]) c += cov;
          }
          if (c < best) {
            mean = 0.5 * ls1 + halfInvRatio * (tj - tgtCum[j - 3]);
            if (mean > 0) {
              d = tj - tgtCum[j - 3] - ratio * ls1;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz >= best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 1, i, j - 3, j);
            if (c < best) {
              best = c;
              bestType = 6;
            }
          }
        }
      }
      // 3-1
      if (j - 1 >= lo3 && j - 1 <= hi3) {
        c = dist[b3 + j - 1] + p31;
        if (c - lexicalScale < best) {
          links = pair3[x3 + j - 1] + pair2[x2 + j - 1] + pair1[x1 + j - 1];
          feats = fi - g3 + fj - tgtFeatCum[j - 1];
          if (links > 0 && feats > 0) c = c - lexicalScale * Math.min(1, (2 * links) / feats);
          if (links > 0 && cov > 0) {
            if (pair3[x3 + j - 1] === 0 && g2 > g3) c += cov;
            if (pair2[x2 + j - 1] === 0 && g1 > g2) c += cov;
            if (pair1[x1 + j - 1] === 0 && fi > g1) c += cov;
          }
          if (c < best) {
            mean = 0.5 * ls3 + halfInvRatio * (tj - tgtCum[j - 1]);
            if (mean > 0) {
              d = tj - tgtCum[j - 1] - ratio * ls3;
              zz = (0.5 * d * d * invVar) / mean;
              c = c + zz >= best ? Infinity : c + (zz + erfcTail(zz));
            }
            if (sc !== null && c < Infinity) c += sc(i - 3, i, j - 1, j);
            if (c < best) {
              best = c;
              bestType = 7;
            }
          }
        }
      }
      dist[base + j] = best;
      back[base + j] = bestType;
    }
    driver.close(i);
  }
}
