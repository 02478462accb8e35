import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';

/** A quote named by its version and its index in that version's quote list. */
export interface QuoteRef {
  versionId: string;
  index: number;
}

/**
 * The quote and its counterparts in every version, through the source: a source quote brings each version's linked
 * quote; a quote of another version brings its source quote and that quote's other counterparts. Keyed by version.
 */
export function counterparts(quotes: DocumentQuotes, ref: QuoteRef): Map<string, number[]> {
  const out = new Map<string, number[]>([[ref.versionId, [ref.index]]]);
  const add = (versionId: string, index: number) => {
    const list = out.get(versionId) ?? [];
    if (!list.includes(index)) list.push(index);
    out.set(versionId, list);
  };
  let source: number | null = null;
  if (ref.versionId === quotes.sourceVersionId) source = ref.index;
  else {
    const own = quotes.versions.find((v) => v.versionId === ref.versionId);
    source = own?.matching?.links.find((l) => l.target === ref.index)?.source ?? null;
  }
  if (source === null || quotes.sourceVersionId === null) return out;
  add(quotes.sourceVersionId, source);
  for (const v of quotes.versions) {
    for (const link of v.matching?.links ?? []) if (link.source === source) add(v.versionId, link.target);
  }
  return out;
}

/** Which version holds the counterpart of each source quote (the target quote's index, or null when missing). */
export function presenceOf(quotes: DocumentQuotes, sourceIndex: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const v of quotes.versions) {
    if (v.versionId === quotes.sourceVersionId || v.matching === null) continue;
    out.set(v.versionId, v.matching.links.find((l) => l.source === sourceIndex)?.target ?? null);
  }
  return out;
}

/** The quote (by version and index) an element sits in, if any: the innermost highlighted quote around it. */
export function quoteRefAt(target: EventTarget | null): QuoteRef | null {
  if (!(target instanceof Element)) return null;
  const quote = target.closest<HTMLElement>('.quote[data-quote]');
  const versionId = quote?.closest<HTMLElement>('[data-version]')?.dataset.version;
  const index = Number(quote?.dataset.quote);
  return quote && versionId && Number.isInteger(index) ? { versionId, index } : null;
}
