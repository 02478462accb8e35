import type { Annotation } from '../../../shared/model/annotation';
import type { Span } from '../../../shared/model/span';

/** One annotation's range in one version, as the text of that version draws it. */
export interface AnnotationMark {
  id: string;
  start: number;
  end: number;
  severity: Annotation['severity'];
  status: Annotation['status'];
}

/** The marks an annotation draws in one version: its attached spans there (detached ones have no place to draw). */
export function marksIn(annotations: readonly Annotation[], versionId: string): AnnotationMark[] {
  return annotations.flatMap((a) =>
    a.spans
      .filter((s) => s.versionId === versionId && !s.detached)
      .map((s) => ({ id: a.id, start: s.start, end: s.end, severity: a.severity, status: a.status })),
  );
}

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
  annotations: readonly Pick<AnnotationMark, 'id' | 'start' | 'end'>[],
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
