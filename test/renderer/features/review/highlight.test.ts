import { describe, expect, it } from 'vitest';
import { paragraphSegments } from '../../../../renderer/features/review/highlight';

const TEXT = 'Alpha beta gamma.\n\nDelta epsilon.';
const P1 = { start: 0, end: 17 };
const P2 = { start: 19, end: 33 };

describe('paragraphSegments', () => {
  it('returns the whole paragraph as one plain run without annotations', () => {
    expect(paragraphSegments(TEXT, P1, [])).toEqual([
      { start: 0, end: 17, text: 'Alpha beta gamma.', annotationIds: [] },
    ]);
  });

  it('splits overlapping annotations into runs that know every annotation covering them', () => {
    const segs = paragraphSegments(TEXT, P1, [
      { id: 'a', start: 6, end: 16 },
      { id: 'b', start: 11, end: 17 },
    ]);
    expect(segs.map((s) => [s.text, s.annotationIds])).toEqual([
      ['Alpha ', []],
      ['beta ', ['a']],
      ['gamma', ['a', 'b']],
      ['.', ['b']],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(TEXT.slice(P1.start, P1.end));
  });

  it('clips an annotation spanning paragraphs to each paragraph and ignores the ones outside', () => {
    const across = { id: 'x', start: 11, end: 25 };
    const outside = { id: 'y', start: 0, end: 5 };
    expect(paragraphSegments(TEXT, P2, [across, outside]).map((s) => [s.text, s.annotationIds])).toEqual([
      ['Delta ', ['x']],
      ['epsilon.', []],
    ]);
  });
});
