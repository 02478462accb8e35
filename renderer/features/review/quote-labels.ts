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
