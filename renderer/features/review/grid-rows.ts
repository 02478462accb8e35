import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Version } from '../../../shared/model/version';

/** One version's non-empty cells in row order: their rows and where their text starts and ends. */
export interface ColumnCells {
  rows: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** Lists a version's non-empty cells (grid column `col`) in row order; sentences only grow down a column. */
export function columnCells(grid: AlignmentGrid, col: number, version: Version): ColumnCells {
  const rows: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  grid.rows.forEach((row, r) => {
    const cell = row.cells[col] ?? [];
    const first = version.sentences[cell[0] ?? -1];
    const last = version.sentences[cell[cell.length - 1] ?? -1];
    if (!first || !last) return;
    rows.push(r);
    starts.push(first.start);
    ends.push(last.end);
  });
  return { rows: Int32Array.from(rows), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The row whose cell holds text offset `offset` of the version (the last cell starting at or before it). */
export function rowOfOffset(cells: ColumnCells, offset: number): number | null {
  let lo = 0;
  let hi = cells.rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((cells.starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? (cells.rows[found] as number) : null;
}

/** The next (or previous) row after `row` where the version has text; `row` itself at either end. */
export function stepRow(cells: ColumnCells, row: number, key: string): number | null {
  const n = cells.rows.length;
  if (n === 0) return null;
  if (key === 'Home') return cells.rows[0] as number;
  if (key === 'End') return cells.rows[n - 1] as number;
  // Position of the first filled row at or after `row`.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells.rows[mid] as number) < row) lo = mid + 1;
    else hi = mid;
  }
  if (key === 'ArrowDown') {
    const at = cells.rows[lo] === row ? lo + 1 : lo;
    return (cells.rows[Math.min(at, n - 1)] as number) ?? null;
  }
  if (key === 'ArrowUp') return cells.rows[Math.max(0, lo - 1)] as number;
  return null;
}

/** The first row at or after `row` where the version has text, or null when there is none. */
export function firstFilledFrom(cells: ColumnCells, row: number): number | null {
  let lo = 0;
  let hi = cells.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells.rows[mid] as number) < row) lo = mid + 1;
    else hi = mid;
  }
  return lo < cells.rows.length ? (cells.rows[lo] as number) : null;
}
