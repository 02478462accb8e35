/** Gale–Church length model: target length ≈ ratio × source length, with variance growing with length. */
export interface LengthModel {
  /** Expected target characters per source character, estimated from the document pair. */
  ratio: number;
  /** Variance of (tgt − ratio·src) per character of mean length. */
  variance: number;
}

const DEFAULT_VARIANCE = 6.8;
/**
 * 1-1 pairs needed to estimate the pair's own ratio and spread: a short news story has a dozen, and Gale–Church's
 * general variance is two to three times looser than a real pair's, too loose to tell a merge from an omission.
 */
const MIN_PAIRS = 8;
/** Pseudo-pairs of the fallback variance mixed into the estimate, so a few very regular pairs do not overfit. */
const PRIOR_PAIRS = 2;

/** The model a document pair implies before any alignment: total-length ratio, Gale–Church's variance. */
export function initialLengthModel(
  srcLengths: ArrayLike<number>,
  tgtLengths: ArrayLike<number>,
): LengthModel {
  let s = 0;
  let t = 0;
  for (let i = 0; i < srcLengths.length; i += 1) s += srcLengths[i];
  for (let j = 0; j < tgtLengths.length; j += 1) t += tgtLengths[j];
  const ratio = s > 0 && t > 0 ? t / s : 1;
  return { ratio, variance: DEFAULT_VARIANCE * Math.max(1, ratio) };
}

/**
 * Refines ratio and variance from the 1-1 beads of a first pass, so a free translation (wider spread) or a
 * terse one (different ratio) is judged by its own standards. Robust: trims the worst tenth before estimating.
 */
export function refineLengthModel(
  pairs: readonly [number, number][],
  fallback: LengthModel,
  minPairs = MIN_PAIRS,
  priorPairs = PRIOR_PAIRS,
): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (usable.length < minPairs) return fallback;
  let ss = 0;
  let tt = 0;
  for (const [s, t] of usable) {
    ss += s;
    tt += t;
  }
  const ratio = tt / ss;
  const z = usable.map(([s, t]) => {
    const d = t - ratio * s;
    return (d * d) / ((s + t / ratio) / 2);
  });
  z.sort((a, b) => a - b);
  const kept = z.slice(0, Math.max(1, Math.floor(z.length * 0.9)));
  // The trimmed mean of a chi-square(1) sample underestimates its mean; 0.9-trim keeps ≈ 0.61 of it.
  const raw = kept.reduce((a, b) => a + b, 0) / kept.length / 0.61;
  const variance = (raw * usable.length + fallback.variance * priorPairs) / (usable.length + priorPairs);
  return { ratio, variance: Math.min(Math.max(variance, 1), 400 * ratio) };
}

/** −ln of erfc(x) for x ≥ 0, stable for large x (Abramowitz–Stegun 7.1.26). */
function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return x * x - Math.log(poly);
}

/** Cost (−ln of the two-tailed probability) of src characters translating as tgt characters. */
export function lengthCost(model: LengthModel, src: number, tgt: number): number {
  const mean = (src + tgt / model.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = Math.abs(tgt - model.ratio * src) / Math.sqrt(model.variance * mean);
  return negLogErfc(delta / Math.SQRT2);
}
