import type { Annotation } from '../../../shared/model/annotation';
import type { Span } from '../../../shared/model/span';

/** A run of a paragraph's text and the annotations covering all of it (none for plain text). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  annotationIds: string[];
}

/**
 * Cuts one paragraph of a version's text at every annotation boundary inside it, so overlapping annotations
 * become adjacent runs each knowing which annotations cover it. The runs together are exactly the paragraph text.
 * `extraCuts` adds more boundaries (e.g. where quotes begin and end) without changing which annotations cover a run.
 */
export function paragraphSegments(
  text: string,
  paragraph: Span,
  annotations: readonly Pick<Annotation, 'id' | 'start' | 'end'>[],
  extraCuts: readonly number[] = [],
): TextSegment[] {
  const inside = annotations.filter((a) => a.start < paragraph.end && a.end > paragraph.start);
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const c of extraCuts) if (c > paragraph.start && c < paragraph.end) cuts.add(c);
  for (const a of inside) {
    cuts.add(Math.max(a.start, paragraph.start));
    cuts.add(Math.min(a.end, paragraph.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const annotationIds = inside.filter((a) => a.start <= start && a.end >= end).map((a) => a.id);
    segments.push({ start, end, text: text.slice(start, end), annotationIds });
  }
  return segments;
}
