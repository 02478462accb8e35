import { LOW_CONFIDENCE, type Bead, type FixedBead } from './types';

/** Names a stored fix exactly as `alignment.unfix` wants it (stored sentence numbers, not re-located ones). */
export interface FixRef {
  targetVersionId: string;
  src: number[];
  tgt: number[];
}

/** One row of the review grid: for each version (in the story's order) the consecutive sentences it shows. */
export interface GridRow {
  cells: number[][];
  /** The lowest confidence of the beads that make up the row. */
  confidence: number;
  lowConfidence: boolean;
  /** The row holds the first sentence of a source paragraph. */
  paragraphStart: boolean;
  /** The row holds a reviewer's fix; `fixes` names each one so it can be undone. */
  fixed: boolean;
  fixes: FixRef[];
}

/** One version's alignment to the source, with the stored fix behind each fixed bead (keyed by pairKey). */
export interface PairBeads {
  col: number;
  targetVersionId: string;
  beads: readonly Bead[];
  stored: ReadonlyMap<string, FixedBead>;
}

/** A key naming a bead by its sentence numbers. */
export function pairKey(src: readonly number[], tgt: readonly number[]): string {
  return `${src.join(',')}|${tgt.join(',')}`;
}

interface Building {
  cells: number[][];
  confidence: number;
  fixes: FixRef[];
  paragraphStart: boolean;
}

function emptyRow(columns: number, paragraphStart: boolean): Building {
  return { cells: Array.from({ length: columns }, () => []), confidence: 1, fixes: [], paragraphStart };
}

/**
 * Merges pairwise alignments (each version to the source) into rows that follow the source: source sentences any
 * version binds together share a row; a bead with no source sentence gets a row of its own after the source row
 * before it, unless another version's bead binds both its neighbours into one row, where it then joins.
 */
export function mergeRows(
  paragraphOf: readonly number[],
  sourceCol: number,
  columns: number,
  pairs: readonly PairBeads[],
): GridRow[] {
  const n = paragraphOf.length;
  // Source sentences that any version's bead binds together share a row.
  const joinNext = new Array<boolean>(n).fill(false);
  for (const pair of pairs) {
    for (const b of pair.beads)
      for (let k = 0; k + 1 < b.src.length; k += 1) joinNext[b.src[k] as number] = true;
  }
  const groupOf: number[] = [];
  const groups: Building[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i === 0 || !joinNext[i - 1]) {
      groups.push(emptyRow(columns, i === 0 || paragraphOf[i] !== paragraphOf[i - 1]));
    }
    const g = groups.length - 1;
    groupOf.push(g);
    (groups[g] as Building).cells[sourceCol]?.push(i);
  }
  // gaps[g + 1]: rows of sentences found in one version only, standing after source group g.
  const gaps: Building[][] = Array.from({ length: groups.length + 1 }, () => []);

  for (const pair of pairs) {
    const { col, targetVersionId, beads, stored } = pair;
    const nextGroup: number[] = new Array<number>(beads.length);
    let after = groups.length;
    for (let k = beads.length - 1; k >= 0; k -= 1) {
      const first = (beads[k] as Bead).src[0];
      if (first !== undefined) after = groupOf[first] as number;
      nextGroup[k] = after;
    }
    let previous = -1;
    beads.forEach((b, k) => {
      const first = b.src[0];
      let row: Building;
      if (first !== undefined) {
        previous = groupOf[first] as number;
        row = groups[previous] as Building;
      } else if (nextGroup[k] === previous) {
        row = groups[previous] as Building;
      } else {
        row = emptyRow(columns, false);
        (gaps[previous + 1] as Building[]).push(row);
      }
      row.cells[col]?.push(...b.tgt);
      row.confidence = Math.min(row.confidence, b.confidence);
      const fix = b.fixed ? stored.get(pairKey(b.src, b.tgt)) : undefined;
      if (fix) row.fixes.push({ targetVersionId, src: fix.src, tgt: fix.tgt });
    });
  }

  const ordered: Building[] = [...(gaps[0] as Building[])];
  groups.forEach((g, k) => ordered.push(g, ...(gaps[k + 1] as Building[])));
  const rows = ordered.map((r): GridRow => ({
    cells: r.cells,
    confidence: r.confidence,
    lowConfidence: r.confidence < LOW_CONFIDENCE,
    paragraphStart: r.paragraphStart,
    fixed: r.fixes.length > 0,
    fixes: r.fixes,
  }));
  return rows;
}
