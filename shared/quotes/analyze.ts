import type { Quote, QuoteAnalysis, QuoteOptions, QuoteSpan } from './types';
import { attributeQuotes } from './attribution';
import { detectQuoteSpans } from './detect';
import { findProvenance } from './provenance';

/** Attribution and provenance for quote spans already found (the engine's second half; tests feed spans directly). */
export function analyzeSpans(
  text: string,
  lang: string,
  spans: readonly QuoteSpan[],
  options: QuoteOptions = {},
): QuoteAnalysis {
  const { people, attributions } = attributeQuotes(text, lang, spans);
  const { statements, perQuote } = findProvenance(text, lang, spans, attributions, people, options);
  const quotes: Quote[] = spans.map((span, i) => {
    const a = attributions[i];
    const speaker = a?.speakerId != null ? people.canonical(a.speakerId) : (a?.speakerText ?? null);
    const addressee = a?.addresseeId != null ? people.canonical(a.addresseeId) : null;
    return { ...span, speaker, addressee, provenance: perQuote[i] ?? null };
  });
  return { lang, quotes, provenance: statements, people: people.people() };
}

/** Every quote in a text with its kind, speaker, addressee and translation provenance. Pure and deterministic. */
export function analyzeQuotes(text: string, lang: string, options: QuoteOptions = {}): QuoteAnalysis {
  return analyzeSpans(text, lang, detectQuoteSpans(text, lang), options);
}
