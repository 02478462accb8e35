import { z } from 'zod';
import { annotationCategorySchema, annotationSubtypeSchema, subtypeFits } from '../review/categories';

export const severitySchema = z.enum(['neutral', 'minor', 'major', 'critical']);
export type Severity = z.infer<typeof severitySchema>;

export const annotationStatusSchema = z.enum(['open', 'resolved', 'wontfix']);
export type AnnotationStatus = z.infer<typeof annotationStatusSchema>;

/** Most columns one annotation may link; a story rarely has more versions than this. */
export const MAX_ANNOTATION_SPANS = 20;

export const annotationSpanSchema = z
  .object({
    versionId: z.string().min(1).max(100),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The text the range covered when it was last anchored, so it can be re-anchored after edits. */
    quote: z.string().max(100_000),
    /** True when an edit removed or changed this text so it could not be found again; kept, never dropped. */
    detached: z.boolean().default(false),
  })
  .refine((s) => s.end > s.start, { message: 'empty annotation range' });

/** One marked range of one version; an annotation links one or more of them (e.g. a source and its translation). */
export type AnnotationSpan = z.infer<typeof annotationSpanSchema>;

export const annotationReplySchema = z.object({
  id: z.string().min(1).max(100),
  author: z.string().max(200),
  text: z.string().min(1).max(20_000),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});

/** A reviewer's answer in an annotation's discussion thread. */
export type AnnotationReply = z.infer<typeof annotationReplySchema>;

export const annotationSchema = z
  .object({
    id: z.string().min(1).max(100),
    documentId: z.string().min(1).max(100),
    spans: z.array(annotationSpanSchema).min(1).max(MAX_ANNOTATION_SPANS),
    category: annotationCategorySchema,
    subtype: annotationSubtypeSchema.nullable().default(null),
    severity: severitySchema,
    comment: z.string().max(20_000),
    /** The reviewer's suggested wording; empty when there is none. */
    correction: z.string().max(20_000).default(''),
    status: annotationStatusSchema,
    author: z.string().max(200),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
    replies: z.array(annotationReplySchema).max(1000).default([]),
  })
  .refine((a) => subtypeFits(a.category, a.subtype), { message: 'subtype outside its category' });

/** A reviewer's finding on spans of one or more versions of a story. */
export type Annotation = z.infer<typeof annotationSchema>;

/** The first span, the one lists sort and quote by. */
export function primarySpan(annotation: Annotation): AnnotationSpan {
  return annotation.spans[0] as AnnotationSpan;
}
