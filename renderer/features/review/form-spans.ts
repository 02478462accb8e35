import type { AnnotationSpan } from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import type { TextRange } from './selection';

/** A span as the annotation form lists it: where it is, the text it quotes, and whether an edit detached it. */
export type FormSpan = Pick<AnnotationSpan, 'versionId' | 'start' | 'end' | 'quote' | 'detached'>;

/** A selected range as a form span, quoting the version's text; null if the version is gone. */
export function spanFromRange(doc: StoryDocument, range: TextRange): FormSpan | null {
  const version = doc.versions.find((v) => v.id === range.versionId);
  if (!version || range.end <= range.start || range.end > version.text.length) return null;
  return { ...range, quote: version.text.slice(range.start, range.end), detached: false };
}

/** Whether a range is already one of the spans (same version, same offsets). */
export function hasSpan(spans: readonly FormSpan[], range: TextRange): boolean {
  return spans.some((s) => s.versionId === range.versionId && s.start === range.start && s.end === range.end);
}

/** Whether two span lists name the same ranges in the same order. */
export function sameSpans(a: readonly FormSpan[], b: readonly FormSpan[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const o = b[i];
      return o !== undefined && o.versionId === s.versionId && o.start === s.start && o.end === s.end;
    })
  );
}
