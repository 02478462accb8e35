/** Per-bead cost pieces of the dynamic programme: Gale–Church length cost and the lexical reward. */

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
export function erfcTail(zz: number): number {
  const z = Math.sqrt(zz);
  if (z >= TAIL_MAX) return Math.log(z) + LN_SQRT_PI;
  const x = z * TAIL_STEPS;
  const k = x | 0;
  return TAIL[k] + (x - k) * (TAIL[k + 1] - TAIL[k]);
}

/**
 * c plus the length cost of a bead with ls source and lt target characters, or Infinity as soon as c + z² reaches
 * limit (the tail term is never negative, so such a bead cannot win). A one-sided bead (a dropped or added
 * sentence) has no length term: Gale–Church's grows with the square of the sentence's length, which made omitting a
 * long sentence practically impossible, and omissions are what a reviewer most needs to see.
 */
export function withLength(
  c: number,
  ls: number,
  lt: number,
  ratio: number,
  halfInvRatio: number,
  invVar: number,
  limit: number,
): number {
  if (ls === 0 || lt === 0) return c;
  const mean = 0.5 * ls + halfInvRatio * lt;
  if (mean > 0) {
    const d = lt - ratio * ls;
    const zz = (0.5 * d * d * invVar) / mean;
    if (c + zz >= limit) return Infinity;
    return c + (zz + erfcTail(zz));
  }
  return c;
}

/** c minus the lexical reward for `links` link mass over `feats` linkable features (similarity capped at 1). */
export function withLinks(c: number, links: number, feats: number, lexicalScale: number): number {
  return links > 0 && feats > 0 ? c - lexicalScale * Math.min(1, (2 * links) / feats) : c;
}
