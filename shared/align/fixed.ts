import type { FixedBead } from './types';

/** A stretch the aligner must fill (free) or a reviewer's bead it must keep (fixed), in document order. */
export type Piece =
  | { kind: 'free'; src0: number; src1: number; tgt0: number; tgt1: number }
  | { kind: 'fixed'; src: number[]; tgt: number[] };

function isRun(ids: number[], limit: number): boolean {
  for (let k = 0; k < ids.length; k += 1) {
    const v = ids[k];
    if (!Number.isInteger(v) || v < 0 || v >= limit) return false;
    if (k > 0 && v !== ids[k - 1] + 1) return false;
  }
  return true;
}

/**
 * Keeps the fixed beads that are usable (consecutive in-range ids, not empty on both sides, in order and not
 * overlapping an earlier kept one) and cuts the document pair around them. A fix that no longer fits is dropped
 * rather than failing the whole alignment.
 */
export function cutAroundFixed(fixed: readonly FixedBead[], n: number, m: number): Piece[] {
  const usable = fixed
    .filter((f) => Array.isArray(f.src) && Array.isArray(f.tgt))
    .filter((f) => f.src.length + f.tgt.length > 0 && isRun(f.src, n) && isRun(f.tgt, m))
    .map((f) => ({ src: [...f.src], tgt: [...f.tgt] }));
  // Sort by position; an empty side sorts by where the other side sits, resolved below.
  usable.sort(
    (a, b) =>
      (a.src[0] ?? Infinity) - (b.src[0] ?? Infinity) || (a.tgt[0] ?? Infinity) - (b.tgt[0] ?? Infinity),
  );
  const pieces: Piece[] = [];
  let i = 0;
  let j = 0;
  const kept: { src: number[]; tgt: number[] }[] = [];
  for (const f of usable) {
    const s0 = f.src.length > 0 ? f.src[0] : i;
    const t0 = f.tgt.length > 0 ? f.tgt[0] : j;
    if (s0 < i || t0 < j) continue;
    kept.push(f);
    if (s0 > i || t0 > j) pieces.push({ kind: 'free', src0: i, src1: s0, tgt0: j, tgt1: t0 });
    pieces.push({ kind: 'fixed', src: f.src, tgt: f.tgt });
    i = s0 + f.src.length;
    j = t0 + f.tgt.length;
  }
  if (i < n || j < m) pieces.push({ kind: 'free', src0: i, src1: n, tgt0: j, tgt1: m });
  return pieces;
}
