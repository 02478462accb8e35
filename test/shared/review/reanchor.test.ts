import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSpan } from '../../../shared/model/annotation';
import {
  findQuote,
  mapOffset,
  reanchorAnnotations,
  reanchorSpan,
  REANCHOR_RADIUS,
  type TextEdit,
} from '../../../shared/review/reanchor';

/** Applies an edit to a text, as the command does. */
function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** A span on `phrase` (its first occurrence) in `text`. */
function spanOn(text: string, phrase: string, versionId = 'v'): AnnotationSpan {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { versionId, start, end: start + phrase.length, quote: phrase, detached: false };
}

/** The edit replacing the first occurrence of `from` in `text` with `to`. */
function replace(text: string, from: string, to: string): TextEdit {
  const start = text.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + from.length, text: to };
}

function run(text: string, span: AnnotationSpan, edit: TextEdit) {
  const next = apply(text, edit);
  const result = reanchorSpan(span, next, edit);
  return { ...result, next, covered: next.slice(result.span.start, result.span.end) };
}

const EN = 'Vladimir Putin met Zhang Gaoli in the Kremlin. They discussed trade and energy.';

describe('reanchorSpan', () => {
  it('leaves a span wholly before the edit where it is', () => {
    const span = spanOn(EN, 'Vladimir Putin');
    const r = run(EN, span, replace(EN, 'trade', 'commerce'));
    expect(r.outcome).toBe('untouched');
    expect(r.span).toBe(span);
    expect(r.covered).toBe('Vladimir Putin');
  });

  it('shifts a span after the edit by the change in length', () => {
    const span = spanOn(EN, 'energy');
    const r = run(EN, span, replace(EN, 'Zhang Gaoli', 'Vice-Premier Zhang Gaoli'));
    expect(r.outcome).toBe('shifted');
    expect(r.span.start).toBe(span.start + 'Vice-Premier '.length);
    expect(r.covered).toBe('energy');
    expect(r.span.quote).toBe('energy');
  });

  it('keeps text typed right after a span outside it and pushes a span along when typed right before it', () => {
    const span = spanOn(EN, 'Kremlin');
    const after = run(EN, span, { start: span.end, end: span.end, text: ' Palace' });
    expect(after.outcome).toBe('untouched');
    expect(after.covered).toBe('Kremlin');
    const before = run(EN, span, { start: span.start, end: span.start, text: 'Moscow ' });
    expect(before.outcome).toBe('shifted');
    expect(before.covered).toBe('Kremlin');
  });

  it('follows a typo fixed inside the span and updates its quote', () => {
    const text = 'Vladimir Puttin met Zhang Gaoli in the Kremlin.';
    const span = spanOn(text, 'Vladimir Puttin met');
    const r = run(text, span, replace(text, 'Puttin', 'Putin'));
    expect(r.outcome).toBe('followed');
    expect(r.covered).toBe('Vladimir Putin met');
    expect(r.span.quote).toBe('Vladimir Putin met');
    expect(r.span.detached).toBe(false);
  });

  it('follows an edit that replaces exactly the span', () => {
    const span = spanOn(EN, 'trade');
    const r = run(EN, span, replace(EN, 'trade', 'commerce'));
    expect(r.outcome).toBe('followed');
    expect(r.covered).toBe('commerce');
  });

  it('detaches a span whose text was deleted, keeping its quote and a valid place', () => {
    const span = spanOn(EN, 'in the Kremlin');
    const r = run(EN, span, replace(EN, ' in the Kremlin', ''));
    expect(r.outcome).toBe('detached');
    expect(r.span.detached).toBe(true);
    expect(r.span.quote).toBe('in the Kremlin');
    expect(r.span.end).toBeGreaterThan(r.span.start);
    expect(r.span.end).toBeLessThanOrEqual(r.next.length);
  });

  it('detaches a span an edit partly overlaps when its text is gone', () => {
    const span = spanOn(EN, 'Zhang Gaoli in');
    const r = run(EN, span, replace(EN, 'Gaoli in the', 'Gaoli at the'));
    expect(r.outcome).toBe('detached');
    expect(r.span.quote).toBe('Zhang Gaoli in');
  });

  it('moves a span an edit overlaps to its unchanged text nearby', () => {
    // A wide edit that rewrites the span's surroundings but keeps the span's own words.
    const span = spanOn(EN, 'Zhang Gaoli');
    const r = run(EN, span, replace(EN, 'met Zhang Gaoli in the', 'welcomed Zhang Gaoli to the'));
    expect(r.outcome).toBe('moved');
    expect(r.covered).toBe('Zhang Gaoli');
  });

  it('finds the text again with different white space when the exact text is gone', () => {
    const text = 'Putin said relations\nwere good. Then he left.';
    const span = spanOn(text, 'relations\nwere good');
    // Rewrites from inside the span to past it, turning the line break into a space.
    const edit = replace(text, 'relations\nwere good. Then', 'relations were good. Later');
    const r = run(text, span, edit);
    expect(r.outcome).toBe('moved');
    expect(r.covered).toBe('relations were good');
    expect(r.span.quote).toBe('relations were good');
  });

  it('picks the occurrence nearest to the old place', () => {
    const text = 'trade first. Long middle part here. The trade talk. trade again at the end';
    const span = spanOn(text, 'The trade');
    const at = text.indexOf('The trade');
    // The edit rewrites "The trade talk" entirely, re-typing "The trade" a little later; an exact copy also sits far away.
    const edit: TextEdit = {
      start: at - 1,
      end: at + 'The trade talk'.length,
      text: ' Then: The trade talk',
    };
    const r = run(text, span, edit);
    expect(r.outcome).toBe('moved');
    expect(r.span.start).toBe(at + ' Then:'.length);
    expect(r.covered).toBe('The trade');
  });

  it('does not jump to a copy of the text far away', () => {
    const filler = 'x'.repeat(REANCHOR_RADIUS + 50);
    const text = `Kremlin talks. ${filler} Kremlin`;
    const span = spanOn(text, 'Kremlin talks');
    const r = run(text, span, replace(text, 'Kremlin talks', 'Talks'));
    expect(r.outcome).toBe('followed'); // the edit covers the span exactly: it follows
    const partial = run(text, spanOn(text, 'Kremlin'), replace(text, 'Kremlin talks. ', ''));
    expect(partial.outcome).toBe('detached');
  });

  it('re-attaches a detached span when its quote appears again, and keeps it detached otherwise', () => {
    const text = 'They discussed trade and energy.';
    const detached: AnnotationSpan = {
      versionId: 'v',
      start: 14,
      end: 15,
      quote: 'in the Kremlin',
      detached: true,
    };
    const still = run(text, detached, replace(text, 'trade', 'commerce'));
    expect(still.outcome).toBe('stillDetached');
    expect(still.span.detached).toBe(true);
    expect(still.span.quote).toBe('in the Kremlin');
    const back = run(text, detached, replace(text, '.', ' in the Kremlin.'));
    expect(back.outcome).toBe('reattached');
    expect(back.span.detached).toBe(false);
    expect(back.covered).toBe('in the Kremlin');
  });

  it('works on Chinese text (no spaces, every character a word)', () => {
    const text = '普京在克里姆林宫会见了张高丽。双方讨论了贸易和能源。';
    const span = spanOn(text, '克里姆林宫会见');
    const typo = run(text, span, replace(text, '会见', '会晤'));
    expect(typo.outcome).toBe('followed');
    expect(typo.covered).toBe('克里姆林宫会晤');
    const shifted = run(text, spanOn(text, '能源'), replace(text, '张高丽', '国务院副总理张高丽'));
    expect(shifted.covered).toBe('能源');
    const gone = run(text, spanOn(text, '贸易和'), replace(text, '讨论了贸易和能源', '讨论了能源'));
    expect(gone.outcome).toBe('detached');
  });

  it('works on Arabic (right-to-left) text', () => {
    const text = 'التقى بوتين مع تشانغ قاولي في الكرملين. وناقشا التجارة والطاقة.';
    const span = spanOn(text, 'التجارة والطاقة');
    const typo = run(text, span, replace(text, 'والطاقة', 'والطاقه'));
    expect(typo.outcome).toBe('followed');
    expect(typo.covered).toBe('التجارة والطاقه');
    const shifted = run(text, spanOn(text, 'الكرملين'), replace(text, 'بوتين', 'فلاديمير بوتين'));
    expect(shifted.outcome).toBe('shifted');
    expect(shifted.covered).toBe('الكرملين');
    const moved = run(text, spanOn(text, 'الكرملين'), replace(text, 'في الكرملين.', 'في الكرملين، موسكو.'));
    expect(moved.outcome).toBe('moved');
    expect(moved.covered).toBe('الكرملين');
  });

  it('never splits a character outside the basic plane when looking a quote up loosely', () => {
    const text = 'A 😀 face\nand more';
    expect(findQuote(text, '😀 face and', 0)).toEqual({ start: 2, end: 2 + '😀 face\nand'.length });
  });
});

describe('mapOffset', () => {
  it('keeps offsets before the edit, shifts those after and sends those inside to its end', () => {
    const edit: TextEdit = { start: 5, end: 10, text: 'ab' };
    expect(mapOffset(3, edit)).toBe(3);
    expect(mapOffset(5, edit)).toBe(5);
    expect(mapOffset(7, edit)).toBe(7);
    expect(mapOffset(12, edit)).toBe(9);
  });
});

describe('reanchorAnnotations', () => {
  function annotation(id: string, spans: AnnotationSpan[]): Annotation {
    return {
      id,
      documentId: 'd',
      spans,
      category: 'accuracy',
      subtype: null,
      severity: 'minor',
      comment: '',
      correction: '',
      status: 'open',
      author: 'A',
      createdAt: 't',
      updatedAt: 't',
      replies: [],
    };
  }

  it('re-anchors spans of the edited version only and counts re-anchored and detached annotations', () => {
    const other: AnnotationSpan = { versionId: 'ru', start: 0, end: 5, quote: 'Путин', detached: false };
    const list = [
      annotation('follows', [spanOn(EN, 'Zhang Gaoli', 'en'), other]),
      annotation('lost', [spanOn(EN, 'trade and', 'en')]),
      annotation('elsewhere', [other]),
      annotation('before', [spanOn(EN, 'Vladimir', 'en')]),
    ];
    const edit1 = replace(EN, 'Gaoli', 'Gao Li');
    const step1 = reanchorAnnotations(list, 'en', apply(EN, edit1), edit1);
    expect(step1.summary).toEqual({ reanchored: 1, detached: 0 });
    expect(step1.annotations[0]?.spans[0]?.quote).toBe('Zhang Gao Li');
    expect(step1.annotations[0]?.spans[1]).toBe(other);
    expect(step1.annotations[2]).toBe(list[2]);
    expect(step1.annotations[3]).toBe(list[3]);

    const text1 = apply(EN, edit1);
    const edit2 = replace(text1, 'trade and energy', 'energy');
    const step2 = reanchorAnnotations(step1.annotations, 'en', apply(text1, edit2), edit2);
    expect(step2.summary).toEqual({ reanchored: 0, detached: 1 });
    expect(step2.annotations).toHaveLength(4);
    expect(step2.annotations[1]?.spans[0]).toMatchObject({ detached: true, quote: 'trade and' });
  });
});
