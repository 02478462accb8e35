import type { QuoteSpan } from './types';
import { classifyQuote } from './kinds';
import { depthsOf, findMarkSpans, paragraphsOf } from './spans';
import { detectTranscriptTurns } from './transcript';

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
  const spans = all
    .filter(
      (s) =>
        s.delimiter === 'marks' ||
        !all.some((m) => m.delimiter === 'marks' && m.start <= s.start && m.end >= s.end),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const depths = depthsOf(spans);
  return spans.map((s, i) => {
    let scopeStart = 0;
    let scopeEnd = text.length;
    // Read a nested quote inside the quote around it; a top-level one inside its paragraph(s).
    const outer = spans
      .slice(0, i)
      .filter((o) => o.start <= s.start && o.end >= s.end && o !== s)
      .pop();
    if (outer) {
      scopeStart = outer.contentStart;
      scopeEnd = outer.contentEnd;
    } else {
      scopeStart = paragraphs.find((p) => p.start <= s.start && p.end >= s.start)?.start ?? 0;
      scopeEnd = paragraphs.find((p) => p.start <= s.end && p.end >= s.end)?.end ?? text.length;
    }
    const kind =
      s.delimiter === 'transcript' ? 'speech' : classifyQuote(text, { ...s, scopeStart, scopeEnd }, lang);
    return { ...s, kind, depth: depths[i]! };
  });
}
