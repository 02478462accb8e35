/** Pure arithmetic of the virtualized grid: row offsets from measured or estimated heights, and which rows to draw. */

/** A row's height before it was ever drawn, until some rows are measured (then their average is used). */
export const DEFAULT_ROW_HEIGHT = 72;
/** Documents with at most this many rows are drawn whole (cheap, and every row stays in the DOM for find-in-page). */
export const FULL_RENDER_LIMIT = 400;
/** How far beyond the viewport, in pixels, rows are drawn ahead so fast scrolling rarely shows blank space. */
export const OVERSCAN_PX = 900;
/** Windows start and end on multiples of this many rows, so small scrolls do not re-render the grid. */
export const WINDOW_BLOCK = 8;

/** The half-open range of rows drawn: `from` inclusive, `to` exclusive. */
export interface RowWindow {
  from: number;
  to: number;
}

/** The height assumed for unmeasured rows: the average of measured ones (0 means unmeasured), else the default. */
export function estimateHeight(heights: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i] as number;
    if (h > 0) {
      sum += h;
      count += 1;
    }
  }
  return count > 0 ? sum / count : DEFAULT_ROW_HEIGHT;
}

/** Where each row starts below the first row's top (`offsets[i]`), and the total height (`offsets[count]`). */
export function rowOffsets(heights: ArrayLike<number>, estimate: number): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i] as number;
    offsets[i + 1] = (offsets[i] as number) + (h > 0 ? h : estimate);
  }
  return offsets;
}

/** The row that contains vertical position `y` (clamped to the rows there are). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows to draw for a viewport showing `top`..`bottom` (positions below the first row's top), with overscan on
 * both sides and ends snapped to whole blocks. Small documents get every row.
 */
export function windowFor(offsets: Float64Array, top: number, bottom: number): RowWindow {
  const count = offsets.length - 1;
  if (count <= FULL_RENDER_LIMIT) return { from: 0, to: count };
  const first = rowAt(offsets, Math.max(0, top - OVERSCAN_PX));
  const last = rowAt(offsets, Math.max(0, bottom + OVERSCAN_PX));
  const from = Math.floor(first / WINDOW_BLOCK) * WINDOW_BLOCK;
  const to = Math.min(count, (Math.floor(last / WINDOW_BLOCK) + 1) * WINDOW_BLOCK);
  return { from, to };
}

/** A window that includes `row`, for drawing a row the reviewer moves to (focus, a revealed highlight). */
export function windowAround(count: number, row: number, current: RowWindow): RowWindow {
  if (count <= FULL_RENDER_LIMIT) return { from: 0, to: count };
  if (row >= current.from && row < current.to) return current;
  const span = Math.max(WINDOW_BLOCK * 4, current.to - current.from);
  const from = Math.max(0, Math.floor((row - span / 2) / WINDOW_BLOCK) * WINDOW_BLOCK);
  return { from, to: Math.min(count, from + span) };
}

/** Whether two windows draw the same rows. */
export const sameWindow = (a: RowWindow, b: RowWindow) => a.from === b.from && a.to === b.to;
