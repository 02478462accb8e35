import {
  primarySpan,
  type Annotation,
  type AnnotationStatus,
  type Severity,
} from '../../../shared/model/annotation';
import type { AnnotationCategory } from '../../../shared/review/categories';

/** What the annotation list shows: each field narrows the list, `'all'` leaves that dimension open. */
export interface IssueFilter {
  category: AnnotationCategory | 'all';
  severity: Severity | 'all';
  status: AnnotationStatus | 'all';
  /** A version the annotation has a span in. */
  versionId: string | 'all';
}

export const NO_FILTER: IssueFilter = { category: 'all', severity: 'all', status: 'all', versionId: 'all' };

/** Whether any filter narrows the list. */
export const isFiltered = (f: IssueFilter) =>
  f.category !== 'all' || f.severity !== 'all' || f.status !== 'all' || f.versionId !== 'all';

/** Whether an annotation passes the filter, leaving out one dimension (for counts that show what choosing it gives). */
export function passes(a: Annotation, f: IssueFilter, ignore?: keyof IssueFilter): boolean {
  return (
    (ignore === 'category' || f.category === 'all' || a.category === f.category) &&
    (ignore === 'severity' || f.severity === 'all' || a.severity === f.severity) &&
    (ignore === 'status' || f.status === 'all' || a.status === f.status) &&
    (ignore === 'versionId' || f.versionId === 'all' || a.spans.some((s) => s.versionId === f.versionId))
  );
}

/**
 * Annotations in reading order: by the column of their first span, then its position. `versionOrder` lists version
 * ids in the order the reviewer sees them; versions it does not name come last.
 */
export function readingOrder(
  annotations: readonly Annotation[],
  versionOrder: readonly string[],
): Annotation[] {
  const order = new Map(versionOrder.map((id, i) => [id, i]));
  const col = (a: Annotation) => order.get(primarySpan(a).versionId) ?? versionOrder.length;
  return [...annotations].sort(
    (a, b) =>
      col(a) - col(b) ||
      primarySpan(a).start - primarySpan(b).start ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** How many annotations each value of a dimension would show, given the other filters (faceted counts). */
export function facetCounts<K extends 'category' | 'severity' | 'status'>(
  annotations: readonly Annotation[],
  filter: IssueFilter,
  key: K,
): Map<Annotation[K], number> {
  const counts = new Map<Annotation[K], number>();
  for (const a of annotations) {
    if (!passes(a, filter, key)) continue;
    counts.set(a[key], (counts.get(a[key]) ?? 0) + 1);
  }
  return counts;
}

/** How many annotations have a span in each version, given the other filters. */
export function versionCounts(annotations: readonly Annotation[], filter: IssueFilter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (!passes(a, filter, 'versionId')) continue;
    for (const id of new Set(a.spans.map((s) => s.versionId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The annotation `delta` steps from the current one in a list, wrapping at either end. With no current one (or
 * one the filters hide), forward starts at the first and backward at the last.
 */
export function stepThrough(
  list: readonly Annotation[],
  currentId: string | null,
  delta: 1 | -1,
): Annotation | null {
  if (list.length === 0) return null;
  const at = currentId === null ? -1 : list.findIndex((a) => a.id === currentId);
  if (at === -1) return (delta === 1 ? list[0] : list[list.length - 1]) ?? null;
  return list[(at + delta + list.length) % list.length] ?? null;
}
