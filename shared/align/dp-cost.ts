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
 * limit (the tail term is never negative, so such a bead cannot win).
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

/**
 * Length cost of every one-sided bead (one sentence against nothing), per sentence of a side, precomputed because
 * it depends on that sentence alone; −1 marks an empty sentence (no length cost).
 */
export function oneSidedCosts(
  cum: Float64Array,
  source: boolean,
  ratio: number,
  invVar: number,
): Float64Array {
  const out = new Float64Array(cum.length);
  const halfInvRatio = 0.5 / ratio;
  // The same arithmetic as withLength with the other side's length 0, so results are bit-identical; one loop per
  // side so neither carries a branch the engine has not seen.
  if (source) {
    for (let k = 1; k < cum.length; k += 1) {
      const len = cum[k] - cum[k - 1];
      const mean = 0.5 * len + halfInvRatio * 0;
      out[k] = mean > 0 ? oneSided(0 - ratio * len, mean, invVar) : -1;
    }
  } else {
    for (let k = 1; k < cum.length; k += 1) {
      const len = cum[k] - cum[k - 1];
      const mean = 0.5 * 0 + halfInvRatio * len;
      out[k] = mean > 0 ? oneSided(len - ratio * 0, mean, invVar) : -1;
    }
  }
  return out;
}

function oneSided(d: number, mean: number, invVar: number): number {
  const zz = (0.5 * d * d * invVar) / mean;
  return zz + erfcTail(zz);
}
