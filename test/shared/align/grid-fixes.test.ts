import { describe, expect, it } from 'vitest';
import { isolate } from '../../../shared/align/grid-enforce';
import { addFix, conflicts, makeFixedBead, placeFixes, type FixText } from '../../../shared/align/grid-fixes';
import { AppError } from '../../../shared/errors';

/** Sentences separated by single spaces, with their spans. */
function side(...sentences: string[]): FixText {
  let text = '';
  const spans = sentences.map((s) => {
    if (text) text += ' ';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  });
  return { text, sentences: spans };
}

const EN = side('One.', 'Two.', 'Three.', 'Four.');
const RU = side('Один.', 'Два.', 'Три.');

describe('fixed beads', () => {
  it('stores the exact text each side covers', () => {
    expect(makeFixedBead(EN, RU, [1, 2], [1])).toEqual({
      src: [1, 2],
      tgt: [1],
      srcText: 'Two. Three.',
      tgtText: 'Два.',
    });
    expect(makeFixedBead(EN, RU, [3], [])).toMatchObject({ srcText: 'Four.', tgtText: '' });
  });

  it('refuses empty, gapped or out-of-range sentence numbers', () => {
    expect(() => makeFixedBead(EN, RU, [], [])).toThrow(AppError);
    expect(() => makeFixedBead(EN, RU, [0, 2], [0])).toThrow(AppError);
    expect(() => makeFixedBead(EN, RU, [4], [0])).toThrow(AppError);
    expect(() => makeFixedBead(EN, RU, [0], [3])).toThrow(AppError);
  });

  it('finds conflicts: shared sentences or crossing order, but not beads side by side', () => {
    expect(conflicts({ src: [1, 2], tgt: [1] }, { src: [2], tgt: [2] })).toBe(true);
    expect(conflicts({ src: [1], tgt: [2] }, { src: [2], tgt: [1] })).toBe(true);
    expect(conflicts({ src: [1], tgt: [1] }, { src: [2], tgt: [2] })).toBe(false);
    expect(conflicts({ src: [1], tgt: [] }, { src: [2], tgt: [0] })).toBe(false);
  });

  it('replaces the fixes a new one conflicts with and keeps the rest in order', () => {
    const a = makeFixedBead(EN, RU, [0], [0]);
    const b = makeFixedBead(EN, RU, [2], [2]);
    const merged = makeFixedBead(EN, RU, [1, 2], [1, 2]);
    expect(addFix([b, a], merged)).toEqual([a, merged]);
    expect(addFix([a], b)).toEqual([a, b]);
  });

  it('re-locates fixes by their text after sentence numbers shift, and reports the ones it cannot find', () => {
    const fixes = [
      makeFixedBead(EN, RU, [1, 2], [1]),
      makeFixedBead(EN, RU, [3], []),
      makeFixedBead(EN, RU, [0], [0]),
    ];
    const edited = side('Zero.', 'One!', 'Two.', 'Three.', 'Four.');
    const { placed, unplaced } = placeFixes(edited, RU, fixes);
    expect(placed.map((p) => [p.bead.src, p.bead.tgt])).toEqual([
      [[2, 3], [1]],
      [[4], []],
    ]);
    expect(placed[0]?.stored).toBe(fixes[0]);
    expect(unplaced).toEqual([fixes[2]]);
  });

  it('prefers the occurrence nearest the old place when a text repeats', () => {
    const repeated = side('Yes.', 'No.', 'Yes.', 'No.', 'Yes.');
    const fix = makeFixedBead(repeated, RU, [4], [2]);
    const { placed } = placeFixes(repeated, RU, [fix]);
    expect(placed[0]?.bead.src).toEqual([4]);
  });

  it('reports a re-located fix that now clashes with an earlier one', () => {
    const a = makeFixedBead(EN, RU, [1], [1]);
    const b = { ...makeFixedBead(EN, RU, [2], [2]), srcText: 'Two.' };
    const { placed, unplaced } = placeFixes(EN, RU, [a, b]);
    expect(placed.map((p) => p.stored)).toEqual([a]);
    expect(unplaced).toEqual([b]);
  });
});

describe('isolate', () => {
  const beads = [
    { src: [0], tgt: [0], confidence: 0.9 },
    { src: [1, 2], tgt: [1], confidence: 0.8 },
    { src: [3], tgt: [2], confidence: 0.7 },
  ];

  it('cuts a sentence out of a bead, the other side staying with the part before it', () => {
    expect(isolate(beads, 'src', [2])).toEqual([
      beads[0],
      { src: [1], tgt: [1], confidence: 0.8 },
      { src: [2], tgt: [], confidence: 1, fixed: true },
      beads[2],
    ]);
  });

  it('leaves the other side on a row of its own when the whole bead is isolated', () => {
    expect(isolate(beads, 'src', [3])).toEqual([
      beads[0],
      beads[1],
      { src: [], tgt: [2], confidence: 0.7 },
      { src: [3], tgt: [], confidence: 1, fixed: true },
    ]);
  });

  it('isolates target sentences across beads, every sentence still covered once', () => {
    const out = isolate(beads, 'tgt', [0, 1]);
    expect(out.flatMap((b) => b.src)).toEqual([0, 1, 2, 3]);
    expect(out.flatMap((b) => b.tgt)).toEqual([0, 1, 2]);
    expect(out).toContainEqual({ src: [], tgt: [0, 1], confidence: 1, fixed: true });
  });
});
