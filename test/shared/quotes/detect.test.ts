import { describe, expect, it } from 'vitest';
import { detectQuoteSpans } from '../../../shared/quotes/detect';

describe('detectQuoteSpans', () => {
  it('returns sorted spans that include their marks, with content inside them', () => {
    const text = 'Li said relations are “very good”. “We are friends,” he said. Putin: fine.';
    const spans = detectQuoteSpans(text, 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['“very good”', '“We are friends,”']);
    for (const s of spans) {
      expect(s.delimiter).toBe('marks');
      expect(s.contentStart).toBe(s.start + 1);
      expect(s.contentEnd).toBe(s.end - 1);
    }
    expect(spans.map((s) => s.kind)).toEqual(['partial', 'speech']);
  });

  it('merges transcript turns with quotes in marks; quotes inside turns are nested', () => {
    const text =
      'В.Путин: Планирую участвовать в форуме «Один пояс – один путь».\nЧжан Гаоли (как переведено): Спасибо.';
    const spans = detectQuoteSpans(text, 'ru');
    expect(spans.map((s) => [s.delimiter, s.kind, s.depth])).toEqual([
      ['transcript', 'speech', 0],
      ['marks', 'term', 1],
      ['transcript', 'speech', 0],
    ]);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toMatch(/^Планирую.*путь»\.$/u);
  });

  it('uses UTF-16 offsets beyond the BMP', () => {
    const text = '😀 He said “go” 😀.';
    const [s] = detectQuoteSpans(text, 'en');
    expect(text.slice(s!.start, s!.end)).toBe('“go”');
    expect(s!.start).toBe(text.indexOf('“'));
  });

  it('handles empty text', () => {
    expect(detectQuoteSpans('', 'en')).toEqual([]);
  });
});
