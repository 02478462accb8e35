import { z } from 'zod';
import { annotationCategorySchema } from '../review/categories';

export const severitySchema = z.enum(['neutral', 'minor', 'major', 'critical']);
export type Severity = z.infer<typeof severitySchema>;

export const annotationStatusSchema = z.enum(['open', 'resolved', 'wontfix']);
export type AnnotationStatus = z.infer<typeof annotationStatusSchema>;

export const annotationSchema = z
  .object({
    id: z.string().min(1).max(100),
    documentId: z.string().min(1).max(100),
    versionId: z.string().min(1).max(100),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The text the range covered when the annotation was made, so it can be re-anchored after edits. */
    quote: z.string().max(100_000),
    category: annotationCategorySchema,
    severity: severitySchema,
    comment: z.string().max(20_000),
    status: annotationStatusSchema,
    author: z.string().max(200),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
  })
  .refine((a) => a.end > a.start, { message: 'empty annotation range' });

/** A reviewer's finding on a span of one version. */
export type Annotation = z.infer<typeof annotationSchema>;
