/** A selection resolved to one version's text: half-open UTF-16 offsets into `version.text`. */
export interface TextRange {
  versionId: string;
  start: number;
  end: number;
}

/** Nothing selected, a usable range in one version, or a selection spanning several versions. */
export type SelectionState = { kind: 'none' } | { kind: 'range'; range: TextRange } | { kind: 'multiple' };

/** Marks the element that holds one paragraph: its text is `version.text.slice(start, end)` and nothing else. */
export const PARAGRAPH_SELECTOR = '[data-version][data-start]';

function localOffset(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * Maps a DOM range back to offsets in a version's text. Each paragraph element carries its start offset, so the
 * count of characters before a boundary inside it (across however many highlight nodes) gives the exact offset.
 * Boundaries outside any paragraph (a triple click, a drag past the end) clamp to the paragraphs the range covers.
 */
export function rangeToTextRange(range: Range, root: HTMLElement): SelectionState {
  if (range.collapsed) return { kind: 'none' };
  const hits: { versionId: string; start: number; end: number }[] = [];
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)) {
    if (!range.intersectsNode(p)) continue;
    const length = p.textContent?.length ?? 0;
    const from = p.contains(range.startContainer)
      ? localOffset(p, range.startContainer, range.startOffset)
      : 0;
    const to = p.contains(range.endContainer) ? localOffset(p, range.endContainer, range.endOffset) : length;
    if (to <= from) continue;
    const base = Number(p.dataset.start);
    const versionId = p.dataset.version;
    if (!Number.isInteger(base) || !versionId) continue;
    hits.push({ versionId, start: base + from, end: base + to });
  }
  const first = hits[0];
  const last = hits[hits.length - 1];
  if (!first || !last) return { kind: 'none' };
  if (hits.some((h) => h.versionId !== first.versionId)) return { kind: 'multiple' };
  return { kind: 'range', range: { versionId: first.versionId, start: first.start, end: last.end } };
}

/** Narrows a range so it neither starts nor ends with white space; null if nothing but white space is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { ...range, start, end } : null;
}
