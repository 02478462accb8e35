import type { TFunction } from 'i18next';
import type { AnnotationCategory } from '../../../shared/review/categories';
import type { AnnotationStatus, Severity } from '../../../shared/model/annotation';

/** The translated name of an annotation category (literal keys, so the catalog checker sees every one). */
export function categoryName(t: TFunction, category: AnnotationCategory): string {
  switch (category) {
    case 'terminology':
      return t('annotations.category.terminology');
    case 'accuracy':
      return t('annotations.category.accuracy');
    case 'linguistic-conventions':
      return t('annotations.category.linguisticConventions');
    case 'style':
      return t('annotations.category.style');
    case 'locale-conventions':
      return t('annotations.category.localeConventions');
    case 'audience-appropriateness':
      return t('annotations.category.audienceAppropriateness');
    case 'design-and-markup':
      return t('annotations.category.designAndMarkup');
    case 'misquote':
      return t('annotations.category.misquote');
    case 'wrong-attribution':
      return t('annotations.category.wrongAttribution');
    case 'provenance-dropped':
      return t('annotations.category.provenanceDropped');
    case 'paraphrase-as-quote':
      return t('annotations.category.paraphraseAsQuote');
    case 'other':
      return t('annotations.category.other');
  }
}

/** The translated name of a severity. */
export function severityName(t: TFunction, severity: Severity): string {
  switch (severity) {
    case 'neutral':
      return t('annotations.severity.neutral');
    case 'minor':
      return t('annotations.severity.minor');
    case 'major':
      return t('annotations.severity.major');
    case 'critical':
      return t('annotations.severity.critical');
  }
}

/** The translated name of an annotation status. */
export function statusName(t: TFunction, status: AnnotationStatus): string {
  switch (status) {
    case 'open':
      return t('annotations.status.open');
    case 'resolved':
      return t('annotations.status.resolved');
    case 'wontfix':
      return t('annotations.status.wontfix');
  }
}
