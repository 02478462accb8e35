import { gridController } from './grid-registry';
import type { QuoteRef } from './quote-links';

function findMark(root: HTMLElement | null, annotationId: string): HTMLElement | undefined {
  return Array.from(root?.querySelectorAll<HTMLElement>('mark[data-annotations]') ?? []).find((m) =>
    (m.dataset.annotations ?? '').split(' ').includes(annotationId),
  );
}

function findQuote(root: HTMLElement | null, ref: QuoteRef): HTMLElement | undefined {
  return Array.from(root?.querySelectorAll<HTMLElement>('.quote[data-quote]') ?? []).find(
    (q) =>
      q.dataset.quote === String(ref.index) &&
      q.closest<HTMLElement>('[data-version]')?.dataset.version === ref.versionId,
  );
}

function bringIn(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  element.focus({ preventScroll: true });
}

/**
 * Brings an annotation's first highlight into view and gives it focus. The grid draws only rows near the screen,
 * so a highlight that is not drawn has its row drawn first (synchronously, from the event that asked).
 */
export function revealHighlight(root: HTMLElement | null, annotationId: string): boolean {
  let mark = findMark(root, annotationId);
  if (!mark && gridController(root)?.showAnnotation(annotationId)) mark = findMark(root, annotationId);
  if (!mark) return false;
  bringIn(mark);
  return true;
}

/** Brings a quote's first piece into view and gives it focus (which also lights its counterparts), drawing its row. */
export function revealQuote(root: HTMLElement | null, ref: QuoteRef): boolean {
  let quote = findQuote(root, ref);
  if (!quote && gridController(root)?.showQuote(ref)) quote = findQuote(root, ref);
  if (!quote) return false;
  bringIn(quote);
  return true;
}

/** Whether two quote references name the same quote. */
export const sameRef = (a: QuoteRef | null, b: QuoteRef | null) =>
  a === b || (a !== null && b !== null && a.versionId === b.versionId && a.index === b.index);

/** The side-list entry of an annotation. */
export function findListItem(annotationId: string): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('.annotation-item')).find(
    (item) => item.dataset.annotationId === annotationId,
  );
}
