import { describe, expect, it } from 'vitest';
import { paragraphTree, type ParagraphNode } from '../../../../renderer/features/review/quote-segments';

/** The tree as nested arrays: text runs as strings (with their annotations), quotes as [index, ...children]. */
function shape(nodes: ParagraphNode[]): unknown[] {
  return nodes.map((n) =>
    n.type === 'text'
      ? n.segment.annotationIds.length > 0
        ? `${n.segment.text}<${n.segment.annotationIds.join(',')}>`
        : n.segment.text
      : [`q${n.index}${n.closes ? '' : '…'}`, ...shape(n.children)],
  );
}

function texts(nodes: ParagraphNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.segment.text : texts(n.children))).join('');
}

const TEXT = 'He said: “They called it “no limits” and meant it.” Then he left.';
const outer = { index: 0, start: TEXT.indexOf('“They'), end: TEXT.indexOf('it.”') + 4 };
const inner = { index: 1, start: TEXT.indexOf('“no'), end: TEXT.indexOf('limits”') + 7 };

describe('paragraph tree', () => {
  it('nests inner quotes in outer ones and keeps the text exactly', () => {
    const tree = paragraphTree(TEXT, { start: 0, end: TEXT.length }, [], [inner, outer]);
    expect(shape(tree)).toEqual([
      'He said: ',
      ['q0', '“They called it ', ['q1', '“no limits”'], ' and meant it.”'],
      ' Then he left.',
    ]);
    expect(texts(tree)).toBe(TEXT);
  });

  it('splits an annotation that crosses a quote’s edge into runs on each side', () => {
    const a = { id: 'a', start: TEXT.indexOf('meant'), end: TEXT.indexOf('Then') + 4 };
    const tree = paragraphTree(TEXT, { start: 0, end: TEXT.length }, [a], [outer]);
    expect(shape(tree)).toEqual([
      'He said: ',
      ['q0', '“They called it “no limits” and ', 'meant it.”<a>'],
      ' Then<a>',
      ' he left.',
    ]);
    expect(texts(tree)).toBe(TEXT);
  });

  it('clips a quote running past the paragraph and says it does not close there', () => {
    const start = TEXT.indexOf('“They');
    const tree = paragraphTree(TEXT, { start: 0, end: start + 10 }, [], [{ index: 3, start, end: 500 }]);
    expect(shape(tree)).toEqual(['He said: ', ['q3…', '“They call']]);
  });

  it('leaves out a quote that would cross another’s edge instead of breaking the nesting', () => {
    const crossing = { index: 2, start: TEXT.indexOf('meant'), end: TEXT.indexOf('Then') };
    const tree = paragraphTree(TEXT, { start: 0, end: TEXT.length }, [], [outer, crossing]);
    expect(JSON.stringify(shape(tree))).not.toContain('q2');
    expect(texts(tree)).toBe(TEXT);
  });
});
