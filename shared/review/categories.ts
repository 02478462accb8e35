import { z } from 'zod';

/** Top-level MQM-Core dimensions plus the news-specific types reviewers of quoted speech need. */
export const ANNOTATION_CATEGORIES = [
  'terminology',
  'accuracy',
  'linguistic-conventions',
  'style',
  'locale-conventions',
  'audience-appropriateness',
  'design-and-markup',
  'misquote',
  'wrong-attribution',
  'provenance-dropped',
  'paraphrase-as-quote',
  'other',
] as const;

export const annotationCategorySchema = z.enum(ANNOTATION_CATEGORIES);
export type AnnotationCategory = z.infer<typeof annotationCategorySchema>;

/**
 * The main subtypes of each category (MQM-Core 2.0 for the seven dimensions, our own for the news types), so a
 * reviewer can be precise and exports can name the MQM issue type.
 */
export const ANNOTATION_SUBTYPES = {
  terminology: ['wrong-term', 'inconsistent-terminology', 'inconsistent-with-termbase'],
  accuracy: [
    'mistranslation',
    'addition',
    'omission',
    'untranslated',
    'do-not-translate',
    'overtranslation',
    'undertranslation',
  ],
  'linguistic-conventions': [
    'grammar',
    'punctuation',
    'spelling',
    'unintelligible',
    'character-encoding',
    'textual-conventions',
  ],
  style: [
    'awkward',
    'unidiomatic',
    'register',
    'inconsistent-style',
    'organizational-style',
    'third-party-style',
  ],
  'locale-conventions': [
    'number-format',
    'date-format',
    'time-format',
    'currency-format',
    'measurement-format',
    'address-format',
    'name-format',
  ],
  'audience-appropriateness': ['culture-specific-reference', 'offensive', 'inappropriate-for-audience'],
  'design-and-markup': ['layout', 'markup', 'truncation', 'missing-text', 'link'],
  misquote: ['words-changed', 'meaning-changed', 'quote-cut', 'quote-merged'],
  'wrong-attribution': ['wrong-speaker', 'wrong-addressee'],
  'provenance-dropped': ['dropped', 'changed'],
  'paraphrase-as-quote': [],
  other: [],
} as const satisfies Record<AnnotationCategory, readonly string[]>;

export type AnnotationSubtype = (typeof ANNOTATION_SUBTYPES)[AnnotationCategory][number];

const ALL_SUBTYPES = [...new Set(Object.values(ANNOTATION_SUBTYPES).flat())] as [
  AnnotationSubtype,
  ...AnnotationSubtype[],
];

export const annotationSubtypeSchema = z.enum(ALL_SUBTYPES);

/** Whether a subtype belongs to a category; null (no subtype) always does. */
export function subtypeFits(category: AnnotationCategory, subtype: string | null): boolean {
  return subtype === null || (ANNOTATION_SUBTYPES[category] as readonly string[]).includes(subtype);
}
