import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  estimateHeight,
  FULL_RENDER_LIMIT,
  rowOffsets,
  sameWindow,
  windowAround,
  windowFor,
  type RowWindow,
} from './grid-window';

/** The rows the grid draws now, where every row starts (for the spacers), and a way to draw a given row at once. */
export interface GridWindowState {
  window: RowWindow;
  offsets: Float64Array;
  /** Draws `row` synchronously (from an event handler), so it can be focused or scrolled to right after. */
  showRow: (row: number) => void;
}

const FIRST_WINDOW = 48;

function initialWindow(count: number): RowWindow {
  return { from: 0, to: count <= FULL_RENDER_LIMIT ? count : Math.min(count, FIRST_WINDOW) };
}

/**
 * Virtualizes the rows of the version grid: only rows near the viewport are drawn, the rest are two spacer tracks
 * whose heights come from rows measured when they were drawn (their average stands in for rows never drawn).
 * The page itself scrolls, so the window follows every scroll (captured at the window) and resize.
 */
export function useGridWindow(rootRef: RefObject<HTMLElement | null>, count: number): GridWindowState {
  const heights = useRef(new Float64Array(count));
  if (heights.current.length !== count) heights.current = new Float64Array(count);
  const header = useRef(0);
  const [tick, setTick] = useState(0);
  const [win, setWin] = useState<RowWindow>(() => initialWindow(count));
  const offsetsRef = useRef<Float64Array>(new Float64Array(1));
  const frame = useRef(0);
  const anchor = useRef<{ row: number; top: number } | null>(null);
  // A row drawn on request (focus, reveal) stays drawn until the page scrolls, e.g. to bring that row into view.
  const pinned = useRef<number | null>(null);

  // Recomputed on every render: 5,000 additions cost far less than a frame, and heights change in place.
  void tick;
  const offsets = rowOffsets(heights.current, estimateHeight(heights.current));
  offsetsRef.current = offsets;
  const full = count <= FULL_RENDER_LIMIT;
  const current: RowWindow = full
    ? { from: 0, to: count }
    : { from: Math.min(win.from, count), to: Math.min(Math.max(win.to, win.from), count) };

  const update = useCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const firstRowTop = root.getBoundingClientRect().top + header.current;
    const next = windowFor(offsetsRef.current, -firstRowTop, window.innerHeight - firstRowTop);
    const keep = pinned.current;
    if (keep !== null && (keep < next.from || keep >= next.to)) return;
    setWin((w) => (sameWindow(w, next) ? w : next));
  }, [rootRef]);

  useEffect(() => {
    const onScroll = () => {
      if (frame.current) return;
      frame.current = window.requestAnimationFrame(() => {
        frame.current = 0;
        pinned.current = null;
        update();
      });
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      if (frame.current) window.cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [update]);

  // After each render, measure the drawn rows (a row's controls stretch to the full row height). It runs after every
  // render on purpose; it only sets state when a height really changed, so the chain ends once rows are measured.
  // New heights move the rows below them, so the row the reviewer is on (the focused one, else the first visible
  // one) is put back where it was on screen before the window follows the scroll position again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const held = anchor.current;
    if (held) {
      anchor.current = null;
      const el = root.querySelector<HTMLElement>(`.row-controls[data-row="${held.row}"]`);
      const delta = el ? el.getBoundingClientRect().top - held.top : 0;
      if (Math.abs(delta) > 0.5) window.scrollBy(0, delta);
      if (!full) update();
    }
    let changed = false;
    const head = root.querySelector<HTMLElement>('.row-controls-header');
    const headHeight = head?.getBoundingClientRect().height ?? 0;
    if (Math.abs(headHeight - header.current) > 0.5) {
      header.current = headHeight;
      changed = true;
    }
    let first: { row: number; top: number } | null = null;
    let focused: { row: number; top: number } | null = null;
    const active = document.activeElement;
    for (const el of root.querySelectorAll<HTMLElement>('.row-controls[data-row]')) {
      const row = Number(el.dataset.row);
      const rect = el.getBoundingClientRect();
      if (!first && rect.bottom > 0) first = { row, top: rect.top };
      if (active instanceof HTMLElement && root.contains(active) && !focused) {
        const activeRow = Number(active.closest<HTMLElement>('[data-row]')?.dataset.row);
        if (activeRow === row) focused = { row, top: rect.top };
      }
      if (rect.height > 0 && row < count && Math.abs((heights.current[row] ?? 0) - rect.height) > 0.5) {
        heights.current[row] = rect.height;
        changed = true;
      }
    }
    if (changed) {
      if (!full) anchor.current = focused ?? first;
      setTick((t) => t + 1);
    }
  });

  // A first window as soon as the grid is on screen (it may open scrolled, e.g. after a reload).
  useEffect(() => {
    if (!full) update();
  }, [full, update]);

  const showRow = useCallback(
    (row: number) => {
      if (full) return;
      pinned.current = row;
      flushSync(() => setWin((w) => windowAround(count, row, w)));
    },
    [count, full],
  );

  return { window: current, offsets, showRow };
}
