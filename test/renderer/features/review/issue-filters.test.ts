import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import {
  facetCounts,
  NO_FILTER,
  passes,
  readingOrder,
  stepThrough,
  versionCounts,
} from '../../../../renderer/features/review/issue-filters';

function note(id: string, versionIds: string[], start: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: 'd',
    spans: versionIds.map((versionId) => ({
      versionId,
      start,
      end: start + 2,
      quote: 'xx',
      detached: false,
    })),
    category: 'accuracy',
    subtype: null,
    severity: 'minor',
    comment: '',
    correction: '',
    status: 'open',
    author: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    replies: [],
    ...fields,
  };
}

const a = note('a', ['ru'], 30, { severity: 'major', category: 'misquote' });
const b = note('b', ['zh', 'ru'], 5, { status: 'resolved' });
const c = note('c', ['ru'], 10, { severity: 'critical', status: 'wontfix' });
const all = [a, b, c];

describe('issue filters', () => {
  it('orders by the column of the first span, then by position', () => {
    expect(readingOrder(all, ['en', 'ru', 'zh']).map((n) => n.id)).toEqual(['c', 'a', 'b']);
    expect(readingOrder(all, ['zh', 'ru']).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('filters by every dimension, a version matching any of an annotation’s spans', () => {
    expect(all.filter((n) => passes(n, { ...NO_FILTER, versionId: 'ru' })).map((n) => n.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(all.filter((n) => passes(n, { ...NO_FILTER, versionId: 'zh' })).map((n) => n.id)).toEqual(['b']);
    expect(all.filter((n) => passes(n, { ...NO_FILTER, status: 'open' })).map((n) => n.id)).toEqual(['a']);
    expect(passes(a, { ...NO_FILTER, severity: 'minor' })).toBe(false);
    expect(passes(a, { ...NO_FILTER, severity: 'minor' }, 'severity')).toBe(true);
  });

  it('counts each value given the other filters', () => {
    const filter = { ...NO_FILTER, severity: 'minor' as const };
    expect(facetCounts(all, filter, 'severity')).toEqual(
      new Map([
        ['major', 1],
        ['minor', 1],
        ['critical', 1],
      ]),
    );
    expect(facetCounts(all, filter, 'category')).toEqual(new Map([['accuracy', 1]]));
    expect(versionCounts(all, NO_FILTER)).toEqual(
      new Map([
        ['ru', 3],
        ['zh', 1],
      ]),
    );
  });

  it('steps forward and back with wrap-around, starting at an end when nothing in the list is current', () => {
    expect(stepThrough(all, null, 1)?.id).toBe('a');
    expect(stepThrough(all, null, -1)?.id).toBe('c');
    expect(stepThrough(all, 'a', 1)?.id).toBe('b');
    expect(stepThrough(all, 'c', 1)?.id).toBe('a');
    expect(stepThrough(all, 'a', -1)?.id).toBe('c');
    expect(stepThrough(all, 'gone', 1)?.id).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeNull();
  });
});
