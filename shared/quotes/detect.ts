import type { QuoteSpan } from './types';
import { classifyQuote } from './kinds';
import { depthsOf, findMarkSpans, paragraphsOf } from './spans';
import { detectTranscriptTurns } from './transcript';
import { firstIndex, IntervalIndex } from './intervals';

/**
 * Every quotation in a text, sorted by start (longest first at equal starts): quotes in marks and speaker-labelled
 * transcript turns, each with its kind and nesting depth. Offsets are UTF-16 units; a span includes its marks.
 */
export function detectQuoteSpans(text: string, lang: string): QuoteSpan[] {
  const marks = findMarkSpans(text, lang);
  const turns = detectTranscriptTurns(text, lang);
  const paragraphs = paragraphsOf(text);
  const all: {
    start: number;
    end: number;
    contentStart: number;
    contentEnd: number;
    delimiter: 'marks' | 'transcript';
  }[] = [
    ...marks.map((m) => ({
      start: m.start,
      end: m.end,
      contentStart: m.contentStart,
      contentEnd: m.contentEnd,
      delimiter: 'marks' as const,
    })),
    ...turns.map((t) => ({
      start: t.start,
      end: t.end,
      contentStart: t.start,
      contentEnd: t.end,
      delimiter: 'transcript' as const,
    })),
  ];
  // A turn whose whole text is one quote in marks is that quote, not two.
  const markIndex = new IntervalIndex(marks.map((m) => ({ start: m.start, end: m.end + 1 })));
  const spans = all
    .filter(
      (s) =>
        s.delimiter === 'marks' ||
        !markIndex.containing(s.start).some((k) => (marks[k] as { end: number }).end >= s.end),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const depths = depthsOf(spans);
  // Furthest end among spans[0..i], so the search for an enclosing quote stops once none can reach this far.
  const reach: number[] = [];
  for (const s of spans) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  const paragraphAt = (pos: number): { start: number; end: number } | undefined => {
    const p = paragraphs[firstIndex(paragraphs.length, (k) => (paragraphs[k] as { end: number }).end >= pos)];
    return p !== undefined && p.start <= pos ? p : undefined;
  };
  return spans.map((s, i) => {
    let scopeStart = 0;
    let scopeEnd = text.length;
    // Read a nested quote inside the quote around it (the nearest before it); a top-level one inside its paragraph(s).
    let outer: (typeof spans)[number] | undefined;
    for (let k = i - 1; k >= 0 && (reach[k] as number) >= s.end; k -= 1) {
      const o = spans[k] as (typeof spans)[number];
      if (o.start <= s.start && o.end >= s.end && o !== s) {
        outer = o;
        break;
      }
    }
    if (outer) {
      scopeStart = outer.contentStart;
      scopeEnd = outer.contentEnd;
    } else {
      scopeStart = paragraphAt(s.start)?.start ?? 0;
      scopeEnd = paragraphAt(s.end)?.end ?? text.length;
    }
    const kind =
      s.delimiter === 'transcript' ? 'speech' : classifyQuote(text, { ...s, scopeStart, scopeEnd }, lang);
    return { ...s, kind, depth: depths[i]! };
  });
}
