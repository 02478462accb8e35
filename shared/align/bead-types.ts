/** The bead shapes the aligner considers, as [source sentences, target sentences]. */
export const BEAD_TYPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [1, 3],
  [3, 1],
];

/** Gale–Church-style prior probabilities of each shape in BEAD_TYPES order (1-3/3-1 rarer than 2-2). */
export const DEFAULT_PRIORS: readonly number[] = [0.89, 0.005, 0.005, 0.045, 0.045, 0.011, 0.004, 0.004];

/** −ln of each prior, the per-bead cost of its shape. */
export function priorCosts(priors: readonly number[]): Float64Array {
  return Float64Array.from(priors, (p) => -Math.log(p));
}
