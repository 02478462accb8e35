import type { TFunction } from 'i18next';
import type { QuoteProvenance, QuoteView } from '../../../shared/quotes/document-quotes';
import type { QuoteKind } from '../../../shared/quotes/types';

/** The translated name of a quote's kind (literal keys, so the catalog checker sees every one). */
export function quoteKindName(t: TFunction, kind: QuoteKind): string {
  switch (kind) {
    case 'speech':
      return t('document.quotes.kind.speech');
    case 'partial':
      return t('document.quotes.kind.partial');
    case 'term':
      return t('document.quotes.kind.term');
  }
}

/** The short badge text saying who translated a quote ("translated by the Kremlin", "translator unknown"). */
export function provenanceBadge(t: TFunction, provenance: QuoteProvenance): string {
  const agent = provenance.agent?.trim() || null;
  switch (provenance.kind) {
    case 'translated_by':
      if (agent) return t('document.quotes.badge.translatedBy', { agent });
      return provenance.implicit
        ? t('document.quotes.badge.translatorUnknown')
        : t('document.quotes.badge.translatorUnnamed');
    case 'interpreter':
      return agent
        ? t('document.quotes.badge.interpreterNamed', { agent })
        : t('document.quotes.badge.interpreter');
    case 'translation_source':
      return agent
        ? t('document.quotes.badge.translationSource', { agent })
        : t('document.quotes.badge.translationSourceUnnamed');
    case 'language_of_utterance':
      return agent
        ? t('document.quotes.badge.spokenIn', { language: agent })
        : t('document.quotes.badge.spokenInOther');
  }
}

/** What assistive technology says about a quote: its kind, speaker, addressee and who translated it. */
export function quoteDescription(t: TFunction, quote: QuoteView): string {
  const parts = [quoteKindName(t, quote.kind)];
  if (quote.speaker) parts.push(t('document.quotes.speaker', { name: quote.speaker }));
  if (quote.addressee) parts.push(t('document.quotes.addressee', { name: quote.addressee }));
  if (quote.provenance) parts.push(provenanceBadge(t, quote.provenance));
  return parts.join('; ');
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * Wraps a name or label put into a translated sentence in Unicode isolates (FSI…PDI) when the interface is
 * right-to-left or the value is, so "Missing in “Reuters (en)”" keeps its words in order in Arabic and vice versa.
 */
export function isolate(value: string, uiDir: 'ltr' | 'rtl'): string {
  return uiDir === 'rtl' || STRONG_RTL.test(value) ? `\u2068${value}\u2069` : value;
}
