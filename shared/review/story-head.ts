import type { AlignmentGrid } from '../align/grid';
import type { Project, StoryDocument } from '../model/project';
import type { Version } from '../model/version';
import type { DocumentQuotes, VersionQuotes } from '../quotes/document-quotes';
import type { QuoteMatching } from '../quotes/match';

/**
 * The beginning of a story, enough for its first screen: each version's text up to the last sentence the first
 * rows use, those rows, and the quotes inside that text. Offsets stay those of the whole texts, so the grid draws
 * the head exactly as it will draw the same rows of the whole story (and keeps them when the whole arrives).
 */
export interface StoryHead {
  /** The project with only this story, its versions cut to the head, and the story's annotations. */
  project: Project;
  grid: AlignmentGrid;
  quotes: DocumentQuotes | null;
  /** How many rows the whole story has; equal to the head's rows when the head is the whole story. */
  totalRows: number;
}

/** How many rows a head carries unless asked for more or fewer: a screenful, not a long story's thousands. */
export const HEAD_ROWS = 24;
/** The most rows a head may be asked for. */
export const MAX_HEAD_ROWS = 200;
/** A row is rarely shorter than this (one line of text in each column, plus padding), in CSS pixels. */
const SHORT_ROW_PX = 48;

/**
 * How many rows fill a viewport this tall, counting rows as short ones so the screen is full. Fewer rows than a
 * fixed large number keep the first layout cheap: the grid's rows share one CSS grid, laid out together.
 */
export function headRowsFor(viewportHeight: number): number {
  const rows = Math.ceil((Number.isFinite(viewportHeight) ? viewportHeight : 0) / SHORT_ROW_PX) + 2;
  return Math.min(MAX_HEAD_ROWS, Math.max(8, rows));
}

/** A version cut after its first `count` sentences (paragraphs cut at the same place). */
function cutVersion(v: Version, count: number): Version {
  if (count >= v.sentences.length) return v;
  const end = count === 0 ? 0 : (v.sentences[count - 1]?.end ?? 0);
  return {
    ...v,
    text: v.text.slice(0, end),
    sentences: v.sentences.slice(0, count),
    paragraphs: v.paragraphs.filter((p) => p.start < end).map((p) => (p.end > end ? { ...p, end } : p)),
  };
}

/** How many of a version's quotes lie inside its first `length` characters, counted from the start. */
function quotesWithin(v: VersionQuotes, length: number): number {
  let n = 0;
  while (n < v.quotes.length && (v.quotes[n]?.end ?? Infinity) <= length) n += 1;
  return n;
}

function cutMatching(m: QuoteMatching | null, sourceKept: number, kept: number): QuoteMatching | null {
  if (!m) return null;
  return {
    links: m.links.filter((l) => l.source < sourceKept && l.target < kept),
    missing: m.missing.filter((i) => i < sourceKept),
    extra: m.extra.filter((i) => i < kept),
  };
}

function cutQuotes(quotes: DocumentQuotes, versions: readonly Version[]): DocumentQuotes {
  const kept = quotes.versions.map((vq) => {
    const version = versions.find((v) => v.id === vq.versionId);
    return version ? quotesWithin(vq, version.text.length) : 0;
  });
  const sourceAt = quotes.versions.findIndex((vq) => vq.versionId === quotes.sourceVersionId);
  const sourceKept = kept[sourceAt] ?? 0;
  return {
    sourceVersionId: quotes.sourceVersionId,
    versions: quotes.versions.map((vq, i) => ({
      ...vq,
      quotes: vq.quotes.slice(0, kept[i]),
      matching: cutMatching(vq.matching, sourceKept, kept[i] ?? 0),
    })),
  };
}

/**
 * Whether a head still describes the beginning of `doc`: same versions, each head text a beginning of the whole
 * text (an edit inside the head makes it stale, so its rows must not be drawn over the edited text).
 */
export function headFits(head: StoryHead, doc: StoryDocument | undefined): boolean {
  const versions = head.project.documents[0]?.versions ?? [];
  return (
    doc !== undefined &&
    versions.length === doc.versions.length &&
    versions.every((v, i) => {
      const whole = doc.versions[i];
      return whole !== undefined && whole.id === v.id && whole.text.startsWith(v.text);
    })
  );
}

/** The head of `doc` (a story of `project`) for its first `rows` rows of `grid`. */
export function storyHead(
  project: Project,
  doc: StoryDocument,
  grid: AlignmentGrid,
  quotes: DocumentQuotes | null,
  rows = HEAD_ROWS,
): StoryHead {
  const head = grid.rows.slice(0, rows);
  const whole = head.length === grid.rows.length;
  const versions = doc.versions.map((v, col) => {
    if (whole) return v;
    let last = -1;
    for (const row of head) for (const s of row.cells[col] ?? []) if (s > last) last = s;
    return cutVersion(v, last + 1);
  });
  return {
    project: {
      ...project,
      documents: [{ ...doc, versions }],
      annotations: project.annotations.filter((a) => a.documentId === doc.id),
      alignmentFixes: project.alignmentFixes.filter((f) => f.documentId === doc.id),
    },
    grid: { ...grid, rows: head },
    quotes: quotes && !whole ? cutQuotes(quotes, versions) : quotes,
    totalRows: grid.rows.length,
  };
}
