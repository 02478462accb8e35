import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Version } from '../../../shared/model/version';
import { gridController } from './grid-registry';
import { PARAGRAPH_SELECTOR } from './selection';

/** The alignment row holding a version's character `offset` (the sentence containing it, else the next one). */
export function rowOfOffset(grid: AlignmentGrid, version: Version, offset: number): number {
  const col = grid.versionIds.indexOf(version.id);
  if (col === -1) return -1;
  const sentences = version.sentences;
  let lo = 0;
  let hi = sentences.length;
  // First sentence that ends after the offset.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= sentences.length) lo = sentences.length - 1;
  return grid.rows.findIndex((r) => (r.cells[col] ?? []).includes(lo));
}

/** The drawn paragraph of a version that holds character `offset` (`atEnd`: the one a range ending there ends in). */
function paragraphAt(
  root: HTMLElement,
  versionId: string,
  offset: number,
  atEnd: boolean,
): HTMLElement | null {
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)) {
    if (p.dataset.version !== versionId) continue;
    const start = Number(p.dataset.start);
    const end = start + (p.textContent?.length ?? 0);
    if (atEnd ? offset > start && offset <= end : offset >= start && offset < end) return p;
  }
  return null;
}

/** The text node and offset inside `paragraph` for character `local` of its text. */
function pointIn(paragraph: HTMLElement, local: number, atEnd: boolean): [Node, number] | null {
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (atEnd ? local <= seen + length : local < seen + length) return [node, local - seen];
    seen += length;
  }
  return null;
}

/**
 * Selects a range of a version's text in the grid (drawing its row first if it is scrolled away) and scrolls it
 * into view, so the reviewer can annotate it at once. False when the text is not shown (e.g. its column is hidden).
 */
export function selectInGrid(
  root: HTMLElement | null,
  grid: AlignmentGrid | null,
  version: Version,
  start: number,
  end: number,
): boolean {
  if (!root) return false;
  if (!paragraphAt(root, version.id, start, false) && grid) {
    const row = rowOfOffset(grid, version, start);
    if (row !== -1) gridController(root)?.showRow(row);
  }
  const first = paragraphAt(root, version.id, start, false);
  const last = paragraphAt(root, version.id, end, true) ?? first;
  if (!first || !last) return false;
  const from = pointIn(first, start - Number(first.dataset.start), false);
  const to = pointIn(last, end - Number(last.dataset.start), true);
  const selection = root.ownerDocument.getSelection();
  if (!from || !to || !selection) return false;
  const range = root.ownerDocument.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  selection.removeAllRanges();
  selection.addRange(range);
  const holder = from[0].parentElement ?? first;
  holder.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  return true;
}
