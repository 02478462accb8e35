import type { Annotation, AnnotationSpan } from '../model/annotation';

/** One replacement in a version's text: [start, end) of the old text became `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * What an edit did to one span: left it (`untouched`, before the edit), moved it by the length change (`shifted`),
 * grew or shrank it with an edit inside it (`followed`), found its text again nearby (`moved`), found the text of an
 * already detached span (`reattached`), lost its text (`detached`), or still cannot find it (`stillDetached`).
 */
export type SpanOutcome =
  'untouched' | 'shifted' | 'followed' | 'moved' | 'reattached' | 'detached' | 'stillDetached';

/** How far (in UTF-16 units) from its old place a span's text is looked for after an edit took it away. */
export const REANCHOR_RADIUS = 1000;

/** Quotes longer than this are only looked for exactly; a whitespace-insensitive pattern that long is not worth it. */
const FUZZY_QUOTE_LIMIT = 2000;

/** Where an old offset lands in the new text; offsets inside the replaced range go to its end. */
export function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.end) return offset + edit.text.length - (edit.end - edit.start);
  return edit.start + edit.text.length;
}

/** The occurrence of `quote` in `text` whose start is nearest to `near` (within the radius), exact characters. */
function findExact(text: string, quote: string, near: number): number | null {
  if (quote === '') return null;
  let best: number | null = null;
  const from = Math.max(0, near - REANCHOR_RADIUS);
  for (let at = text.indexOf(quote, from); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (at - near > REANCHOR_RADIUS) break;
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/;

/** A pattern matching `quote` with any (or no) white space between its characters; null when it has no content. */
function looseRegex(quote: string): RegExp | null {
  const chars = Array.from(quote).filter((c) => !/\s/u.test(c));
  if (chars.length === 0) return null;
  const parts = chars.map((c) => (REGEX_SYNTAX.test(c) ? `\\${c}` : c));
  return new RegExp(parts.join('\\s*'), 'gu');
}

/** Like findExact, but white space may differ (a changed line break, a doubled or dropped space). */
function findLoose(text: string, quote: string, near: number): { start: number; end: number } | null {
  if (quote.length > FUZZY_QUOTE_LIMIT) return null;
  const pattern = looseRegex(quote);
  if (!pattern) return null;
  const from = Math.max(0, near - REANCHOR_RADIUS);
  const to = Math.min(text.length, near + REANCHOR_RADIUS + quote.length * 2);
  let best: { start: number; end: number } | null = null;
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const start = from + match.index;
    if (start - near > REANCHOR_RADIUS) break;
    if (best === null || Math.abs(start - near) < Math.abs(best.start - near)) {
      best = { start, end: start + match[0].length };
    }
  }
  return best;
}

/** Finds a span's quote near `near` in the new text: exact first, then ignoring white space. */
export function findQuote(text: string, quote: string, near: number): { start: number; end: number } | null {
  const exact = findExact(text, quote, near);
  if (exact !== null) return { start: exact, end: exact + quote.length };
  return findLoose(text, quote, near);
}

/** A detached span keeps its quote and sits at a valid, non-empty place in the text (it is not drawn). */
function detach(span: AnnotationSpan, start: number, end: number, textLength: number): AnnotationSpan {
  const s = Math.max(0, Math.min(start, textLength - 1));
  const e = Math.max(s + 1, Math.min(end, textLength));
  return { ...span, start: s, end: e, detached: true };
}

/** Re-anchors one span of the edited version; pure, the span is never dropped. */
export function reanchorSpan(
  span: AnnotationSpan,
  newText: string,
  edit: TextEdit,
): { span: AnnotationSpan; outcome: SpanOutcome } {
  const start = mapOffset(span.start, edit);
  const end = mapOffset(span.end, edit);
  const attach = (s: number, e: number): AnnotationSpan => ({
    ...span,
    start: s,
    end: e,
    quote: newText.slice(s, e),
    detached: false,
  });
  const lost = (outcome: 'detached' | 'stillDetached') => {
    const found = findQuote(newText, span.quote, start);
    if (found)
      return {
        span: attach(found.start, found.end),
        outcome: span.detached ? 'reattached' : 'moved',
      } as const;
    return { span: detach(span, start, end, newText.length), outcome };
  };
  if (span.detached) return lost('stillDetached');
  // Text typed right after a span is not part of it; text typed right before it pushes it along.
  if (span.end <= edit.start) {
    return { span, outcome: 'untouched' };
  }
  const delta = edit.text.length - (edit.end - edit.start);
  if (span.start >= edit.end) {
    if (delta === 0) return { span, outcome: 'untouched' };
    return { span: { ...span, start: span.start + delta, end: span.end + delta }, outcome: 'shifted' };
  }
  const containsEdit = span.start <= edit.start && edit.end <= span.end;
  const newEnd = span.end + delta;
  if (containsEdit && newEnd > span.start) return { span: attach(span.start, newEnd), outcome: 'followed' };
  return lost('detached');
}

/** Per edit: annotations whose touched spans stayed attached (re-anchored) and those with a span newly detached. */
export interface ReanchorSummary {
  reanchored: number;
  detached: number;
}

/**
 * Re-anchors every span on one version after an edit of its text; spans on other versions are left as they are.
 * Counts annotations, not spans: one is `detached` when any of its spans lost its text in this edit, and
 * `reanchored` when its spans the edit touched (followed, found nearby, re-attached) all stayed attached.
 */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  versionId: string,
  newText: string,
  edit: TextEdit,
): { annotations: Annotation[]; summary: ReanchorSummary } {
  const summary: ReanchorSummary = { reanchored: 0, detached: 0 };
  const next = annotations.map((a) => {
    if (!a.spans.some((s) => s.versionId === versionId)) return a;
    const results = a.spans.map((s) =>
      s.versionId === versionId ? reanchorSpan(s, newText, edit) : { span: s, outcome: 'untouched' as const },
    );
    const outcomes = results.map((r) => r.outcome);
    if (outcomes.includes('detached')) summary.detached += 1;
    else if (outcomes.some((o) => o === 'followed' || o === 'moved' || o === 'reattached'))
      summary.reanchored += 1;
    const changed = results.some((r, i) => r.span !== a.spans[i]);
    return changed ? { ...a, spans: results.map((r) => r.span) } : a;
  });
  return { annotations: next, summary };
}
