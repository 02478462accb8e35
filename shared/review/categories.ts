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
