import type { QuoteRef } from './quote-links';

/** Brings an annotation's first highlight into view and gives it focus. */
export function revealHighlight(root: HTMLElement | null, annotationId: string): boolean {
  const mark = Array.from(root?.querySelectorAll<HTMLElement>('mark[data-annotations]') ?? []).find((m) =>
    (m.dataset.annotations ?? '').split(' ').includes(annotationId),
  );
  if (!mark) return false;
  mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  mark.focus({ preventScroll: true });
  return true;
}

/** Brings a quote's first piece into view and gives it focus (which also lights its counterparts). */
export function revealQuote(root: HTMLElement | null, ref: QuoteRef): boolean {
  const quote = Array.from(root?.querySelectorAll<HTMLElement>('.quote[data-quote]') ?? []).find(
    (q) =>
      q.dataset.quote === String(ref.index) &&
      q.closest<HTMLElement>('[data-version]')?.dataset.version === ref.versionId,
  );
  if (!quote) return false;
  quote.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  quote.focus({ preventScroll: true });
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
