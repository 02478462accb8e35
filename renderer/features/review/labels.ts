import type { TFunction } from 'i18next';
import type { AnnotationCategory } from '../../../shared/review/categories';
import type { AnnotationStatus, Severity } from '../../../shared/model/annotation';

/** The translated name of an annotation category (literal keys, so the catalog checker sees every one). */
export function categoryName(t: TFunction, category: AnnotationCategory): string {
  switch (category) {
    case 'terminology':
      return t('document.category.terminology');
    case 'accuracy':
      return t('document.category.accuracy');
    case 'linguistic-conventions':
      return t('document.category.linguisticConventions');
    case 'style':
      return t('document.category.style');
    case 'locale-conventions':
      return t('document.category.localeConventions');
    case 'audience-appropriateness':
      return t('document.category.audienceAppropriateness');
    case 'design-and-markup':
      return t('document.category.designAndMarkup');
    case 'misquote':
      return t('document.category.misquote');
    case 'wrong-attribution':
      return t('document.category.wrongAttribution');
    case 'provenance-dropped':
      return t('document.category.provenanceDropped');
    case 'paraphrase-as-quote':
      return t('document.category.paraphraseAsQuote');
    case 'other':
      return t('document.category.other');
  }
}

/** The translated name of a severity. */
export function severityName(t: TFunction, severity: Severity): string {
  switch (severity) {
    case 'neutral':
      return t('document.severity.neutral');
    case 'minor':
      return t('document.severity.minor');
    case 'major':
      return t('document.severity.major');
    case 'critical':
      return t('document.severity.critical');
  }
}

/** The translated name of an annotation status. */
export function statusName(t: TFunction, status: AnnotationStatus): string {
  switch (status) {
    case 'open':
      return t('document.status.open');
    case 'resolved':
      return t('document.status.resolved');
    case 'wontfix':
      return t('document.status.wontfix');
  }
}
