import type { Span } from '../../../shared/model/span';
import { paragraphSegments, type AnnotationMark, type TextSegment } from './highlight';

/** A quote as a paragraph needs it: its index in its version's quote list and its span. */
export interface QuoteRange {
  index: number;
  start: number;
  end: number;
}

/** A run of plain or annotated text, or a quote (or the part of one inside this paragraph) holding further nodes. */
export type ParagraphNode =
  | { type: 'text'; segment: TextSegment }
  | {
      type: 'quote';
      index: number;
      start: number;
      end: number;
      /** The quote's own end lies in this paragraph (so its badge goes here). */
      closes: boolean;
      children: ParagraphNode[];
    };

type QuoteNode = Extract<ParagraphNode, { type: 'quote' }>;

/**
 * Cuts a paragraph at annotation and quote boundaries and nests the runs inside the quotes that cover them, so a
 * quote renders as one element around annotation highlights (an annotation crossing a quote's edge becomes two
 * runs). A quote that would cross another's edge is left out rather than breaking the nesting. The text runs, in
 * order, are exactly the paragraph text.
 */
export function paragraphTree(
  text: string,
  paragraph: Span,
  annotations: readonly Pick<AnnotationMark, 'id' | 'start' | 'end'>[],
  quotes: readonly QuoteRange[],
): ParagraphNode[] {
  const clipped = quotes
    .map((q) => ({
      index: q.index,
      start: Math.max(q.start, paragraph.start),
      end: Math.min(q.end, paragraph.end),
      closes: q.end <= paragraph.end,
    }))
    .filter((q) => q.end > q.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const cuts = clipped.flatMap((q) => [q.start, q.end]);
  const segments = paragraphSegments(text, paragraph, annotations, cuts);

  const root: ParagraphNode[] = [];
  const stack: QuoteNode[] = [];
  let next = 0;
  for (const segment of segments) {
    while (stack.length > 0 && (stack[stack.length - 1] as QuoteNode).end <= segment.start) stack.pop();
    while (next < clipped.length && (clipped[next] as (typeof clipped)[number]).start <= segment.start) {
      const q = clipped[next] as (typeof clipped)[number];
      next += 1;
      const parent = stack[stack.length - 1];
      if (q.start < segment.start || (parent && q.end > parent.end)) continue;
      const node: QuoteNode = { type: 'quote', ...q, children: [] };
      (parent ? parent.children : root).push(node);
      stack.push(node);
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push({ type: 'text', segment });
  }
  return root;
}
