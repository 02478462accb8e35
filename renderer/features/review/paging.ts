import { useState } from 'react';

/** How many entries a long side-panel list draws at first and adds per "Show more": enough to read, cheap to draw. */
export const PAGE_SIZE = 100;

/** The part of a long list that is drawn, and a way to draw the next page. */
export interface PagedCount {
  /** How many entries, from the first, are drawn. */
  shown: number;
  /** How many entries the list has in all (the counts the panel states stay exact). */
  total: number;
  /** How many entries the next page adds (0 when all are drawn). */
  next: number;
  /** Draws the next page. */
  more: () => void;
}

/**
 * Pages a long list so the side panel stays cheap for a story with thousands of quotes or annotations. The entry at
 * `mustShow` (e.g. the active annotation, reached by F8 or a click in the text) is always drawn: the page grows to
 * reach it and stays grown, so the reviewer's place is never lost.
 */
export function usePagedCount(total: number, mustShow: number | null = null, page = PAGE_SIZE): PagedCount {
  const [limit, setLimit] = useState(page);
  const needed = mustShow !== null && mustShow >= 0 ? Math.ceil((mustShow + 1) / page) * page : 0;
  // Derived from props during render (React re-renders at once), so the wanted entry is drawn in the same pass.
  if (needed > limit) setLimit(needed);
  const shown = Math.min(total, Math.max(limit, needed));
  return {
    shown,
    total,
    next: Math.min(page, total - shown),
    more: () => setLimit(Math.max(limit, needed) + page),
  };
}
