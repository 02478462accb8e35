import type { TFunction } from 'i18next';
import type { AnnotationSubtype } from '../../../shared/review/categories';

/** Every subtype's translated name, one literal key each so the catalog checker sees them all. */
const SUBTYPE_NAMES: Record<AnnotationSubtype, (t: TFunction) => string> = {
  'wrong-term': (t) => t('annotations.subtype.wrongTerm'),
  'inconsistent-terminology': (t) => t('annotations.subtype.inconsistentTerminology'),
  'inconsistent-with-termbase': (t) => t('annotations.subtype.inconsistentWithTermbase'),
  mistranslation: (t) => t('annotations.subtype.mistranslation'),
  addition: (t) => t('annotations.subtype.addition'),
  omission: (t) => t('annotations.subtype.omission'),
  untranslated: (t) => t('annotations.subtype.untranslated'),
  'do-not-translate': (t) => t('annotations.subtype.doNotTranslate'),
  overtranslation: (t) => t('annotations.subtype.overtranslation'),
  undertranslation: (t) => t('annotations.subtype.undertranslation'),
  grammar: (t) => t('annotations.subtype.grammar'),
  punctuation: (t) => t('annotations.subtype.punctuation'),
  spelling: (t) => t('annotations.subtype.spelling'),
  unintelligible: (t) => t('annotations.subtype.unintelligible'),
  'character-encoding': (t) => t('annotations.subtype.characterEncoding'),
  'textual-conventions': (t) => t('annotations.subtype.textualConventions'),
  awkward: (t) => t('annotations.subtype.awkward'),
  unidiomatic: (t) => t('annotations.subtype.unidiomatic'),
  register: (t) => t('annotations.subtype.register'),
  'inconsistent-style': (t) => t('annotations.subtype.inconsistentStyle'),
  'organizational-style': (t) => t('annotations.subtype.organizationalStyle'),
  'third-party-style': (t) => t('annotations.subtype.thirdPartyStyle'),
  'number-format': (t) => t('annotations.subtype.numberFormat'),
  'date-format': (t) => t('annotations.subtype.dateFormat'),
  'time-format': (t) => t('annotations.subtype.timeFormat'),
  'currency-format': (t) => t('annotations.subtype.currencyFormat'),
  'measurement-format': (t) => t('annotations.subtype.measurementFormat'),
  'address-format': (t) => t('annotations.subtype.addressFormat'),
  'name-format': (t) => t('annotations.subtype.nameFormat'),
  'culture-specific-reference': (t) => t('annotations.subtype.cultureSpecificReference'),
  offensive: (t) => t('annotations.subtype.offensive'),
  'inappropriate-for-audience': (t) => t('annotations.subtype.inappropriateForAudience'),
  layout: (t) => t('annotations.subtype.layout'),
  markup: (t) => t('annotations.subtype.markup'),
  truncation: (t) => t('annotations.subtype.truncation'),
  'missing-text': (t) => t('annotations.subtype.missingText'),
  link: (t) => t('annotations.subtype.link'),
  'words-changed': (t) => t('annotations.subtype.wordsChanged'),
  'meaning-changed': (t) => t('annotations.subtype.meaningChanged'),
  'quote-cut': (t) => t('annotations.subtype.quoteCut'),
  'quote-merged': (t) => t('annotations.subtype.quoteMerged'),
  'wrong-speaker': (t) => t('annotations.subtype.wrongSpeaker'),
  'wrong-addressee': (t) => t('annotations.subtype.wrongAddressee'),
  dropped: (t) => t('annotations.subtype.dropped'),
  changed: (t) => t('annotations.subtype.changed'),
};

/** The translated name of an MQM (or news) subtype. */
export function subtypeName(t: TFunction, subtype: AnnotationSubtype): string {
  return SUBTYPE_NAMES[subtype](t);
}
