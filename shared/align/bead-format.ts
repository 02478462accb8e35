/** The bead line format of public gold alignments (`[9, 10]:[9]`, `[]:[51]`), read and written. */
export interface BeadIds {
  src: number[];
  tgt: number[];
}

/** Writes a bead as `[0, 1]:[0]` (0-based ids, ", " between ids, `[]` for an empty side). */
export function formatBeadLine(b: { src: readonly number[]; tgt: readonly number[] }): string {
  return `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]`;
}

/** Parses one bead line; null when the line is not in the format. */
export function parseBeadLine(line: string): BeadIds | null {
  const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
  if (!m) return null;
  const ids = (s: string): number[] =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map(Number);
  return { src: ids(m[1]), tgt: ids(m[2]) };
}
