import type { AlignmentGrid, FixRef, GridRow } from '../../../shared/align/grid';

/** One bead of a fix command: sentences of the source and of one other version that belong together. */
export type BeadRequest = FixRef;

function sourceColumn(grid: AlignmentGrid): number {
  return grid.versionIds.indexOf(grid.sourceVersionId ?? '');
}

/** True when the row indexes (sorted) follow one another without a gap. */
export function areAdjacent(rows: readonly number[]): boolean {
  const sorted = [...rows].sort((a, b) => a - b);
  return sorted.every((r, i) => i === 0 || r === (sorted[i - 1] as number) + 1);
}

/** The beads that make several adjacent rows one: for each other version, the union of the rows' sentences. */
export function mergeBeads(grid: AlignmentGrid, rows: readonly number[]): BeadRequest[] {
  const src = sourceColumn(grid);
  const picked = [...rows].sort((a, b) => a - b).map((r) => grid.rows[r] as GridRow);
  const union = (col: number) => picked.flatMap((r) => r.cells[col] ?? []);
  const srcUnion = union(src);
  return grid.versionIds.flatMap((targetVersionId, col) => {
    if (col === src) return [];
    const tgt = union(col);
    return srcUnion.length + tgt.length > 0 ? [{ targetVersionId, src: srcUnion, tgt }] : [];
  });
}

/** The beads that cut a row in two after the given number of sentences of each version (`upper[col]`). */
export function splitBeads(grid: AlignmentGrid, row: number, upper: readonly number[]): BeadRequest[] {
  const src = sourceColumn(grid);
  const cells = grid.rows[row]?.cells ?? [];
  const srcCell = cells[src] ?? [];
  const srcCut = upper[src] ?? 0;
  return grid.versionIds.flatMap((targetVersionId, col) => {
    if (col === src) return [];
    const cell = cells[col] ?? [];
    const cut = upper[col] ?? 0;
    return [
      { targetVersionId, src: srcCell.slice(0, srcCut), tgt: cell.slice(0, cut) },
      { targetVersionId, src: srcCell.slice(srcCut), tgt: cell.slice(cut) },
    ].filter((b) => b.src.length + b.tgt.length > 0);
  });
}

/** Whether cutting after `upper[col]` sentences leaves sentences in both the upper and the lower row. */
export function isValidSplit(grid: AlignmentGrid, row: number, upper: readonly number[]): boolean {
  const cells = grid.rows[row]?.cells ?? [];
  const above = cells.some((c, col) => (upper[col] ?? 0) > 0 && c.length > 0);
  const below = cells.some((c, col) => (upper[col] ?? 0) < c.length);
  return above && below;
}

/** Whether a row has anything to split: two sentences in one version, or sentences in two versions. */
export function canSplit(row: GridRow): boolean {
  return row.cells.some((c) => c.length > 1) || row.cells.filter((c) => c.length > 0).length > 1;
}

/** The beads that say the rows' sentences have no counterpart in the other versions. */
export function unlinkBeads(grid: AlignmentGrid, rows: readonly number[]): BeadRequest[] {
  const src = sourceColumn(grid);
  return [...rows]
    .sort((a, b) => a - b)
    .flatMap((r) => {
      const cells = grid.rows[r]?.cells ?? [];
      const srcCell = cells[src] ?? [];
      return grid.versionIds.flatMap((targetVersionId, col) => {
        const cell = cells[col] ?? [];
        if (col === src || srcCell.length === 0 || cell.length === 0) return [];
        return [
          { targetVersionId, src: srcCell, tgt: [] },
          { targetVersionId, src: [], tgt: cell },
        ];
      });
    });
}

/** Whether a row pairs source sentences with another version's, so unlinking it changes something. */
export function canUnlink(grid: AlignmentGrid, row: GridRow): boolean {
  const src = sourceColumn(grid);
  return (row.cells[src] ?? []).length > 0 && row.cells.some((c, col) => col !== src && c.length > 0);
}

/** Every stored fix behind the given rows, to undo them. */
export function fixesOf(grid: AlignmentGrid, rows: readonly number[]): FixRef[] {
  return rows.flatMap((r) => grid.rows[r]?.fixes ?? []);
}

/** Which way a sentence moves: its row's first sentence up into the row above, or its last one down. */
export type MoveDirection = 'up' | 'down';

/** The row a sentence moves into, or null when there is none (first or last row) or the cell is empty. */
function moveTarget(grid: AlignmentGrid, row: number, col: number, direction: MoveDirection): number | null {
  const other = direction === 'up' ? row - 1 : row + 1;
  const cell = grid.rows[row]?.cells[col] ?? [];
  return cell.length > 0 && other >= 0 && other < grid.rows.length ? other : null;
}

/** Whether a version's cell in a row has a sentence that can move up (or down) into the neighbouring row. */
export function canMoveSentence(
  grid: AlignmentGrid,
  row: number,
  col: number,
  direction: MoveDirection,
): boolean {
  return sourceColumn(grid) >= 0 && moveTarget(grid, row, col, direction) !== null;
}

/**
 * The beads that move one sentence of a version between two neighbouring rows: up takes the first sentence of the
 * cell into the row above, down takes the last one into the row below. Both rows become fixed beads: for a
 * translation, its pair with the source; for the source, its pair with every other version.
 */
export function moveSentenceBeads(
  grid: AlignmentGrid,
  row: number,
  col: number,
  direction: MoveDirection,
): BeadRequest[] {
  const src = sourceColumn(grid);
  const other = moveTarget(grid, row, col, direction);
  if (src < 0 || other === null) return [];
  const upperRow = Math.min(row, other);
  const cellsOf = (r: number) => grid.rows[r]?.cells ?? [];
  const upper = cellsOf(upperRow).map((c) => [...c]);
  const lower = cellsOf(upperRow + 1).map((c) => [...c]);
  const up = upper[col] ?? [];
  const down = lower[col] ?? [];
  if (direction === 'up') {
    const moved = down.shift();
    if (moved !== undefined) up.push(moved);
  } else {
    const moved = up.pop();
    if (moved !== undefined) down.unshift(moved);
  }
  const targets = col === src ? grid.versionIds.map((_, c) => c).filter((c) => c !== src) : [col];
  return targets.flatMap((t) => {
    const targetVersionId = grid.versionIds[t] as string;
    return [
      { targetVersionId, src: upper[src] ?? [], tgt: upper[t] ?? [] },
      { targetVersionId, src: lower[src] ?? [], tgt: lower[t] ?? [] },
    ].filter((b) => b.src.length + b.tgt.length > 0);
  });
}
