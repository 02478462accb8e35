// Small statistics for the workspace benchmark's frame times.

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Milliseconds with one decimal. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Bytes as decimal megabytes, or kilobytes below a tenth of a megabyte (so a small answer does not read 0.0 MB). */
export const mb = (bytes: number) =>
  bytes < 100_000 ? `${(bytes / 1000).toFixed(0)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
