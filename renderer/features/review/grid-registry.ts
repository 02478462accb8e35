import type { QuoteRef } from './quote-links';

/** What a drawn version grid offers to code outside it: drawing rows that are not on screen yet. */
export interface GridController {
  /** Draws the row that holds the annotation's first span; false when it has none in the shown columns. */
  showAnnotation(annotationId: string): boolean;
  /** Draws the row that holds the quote; false when its version is not shown. */
  showQuote(ref: QuoteRef): boolean;
  /** Draws a row. */
  showRow(row: number): void;
}

const controllers = new WeakMap<Element, GridController>();

/** Called by the grid when it mounts (and with null when it unmounts). */
export function registerGrid(root: Element, controller: GridController | null): void {
  if (controller) controllers.set(root, controller);
  else controllers.delete(root);
}

/** The controller of the grid drawn in `root`, if any. */
export function gridController(root: Element | null): GridController | undefined {
  return root ? controllers.get(root) : undefined;
}

/** Moves focus to a row's pick box, drawing the row first if it is scrolled away (the last row if `row` is past it). */
export function focusRowControl(root: HTMLElement | null, row: number): void {
  if (!root) return;
  const count = root.querySelector<HTMLElement>('.row-controls-column')?.dataset.rows;
  const last = Math.max(0, Number(count ?? 1) - 1);
  const target = Math.min(row, last);
  gridController(root)?.showRow(target);
  root.querySelector<HTMLElement>(`.row-controls[data-row="${target}"] .row-select`)?.focus();
}
