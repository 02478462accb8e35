import { z } from 'zod';
import { annotationCategorySchema, annotationSubtypeSchema } from '../review/categories';
import { annotationStatusSchema, MAX_ANNOTATION_SPANS, severitySchema } from './annotation';

const id = z.string().min(1).max(100);
const longText = z.string().max(20_000);

/** A range a reviewer selected in one column; the backend reads the quoted text from the version itself. */
export const spanRefSchema = z
  .object({ versionId: id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict();

/** The reviewer's commands on annotations and their threads. */
export const annotationCommandSchemas = [
  z
    .object({
      type: z.literal('annotation.add'),
      documentId: id,
      spans: z.array(spanRefSchema).min(1).max(MAX_ANNOTATION_SPANS),
      category: annotationCategorySchema,
      subtype: annotationSubtypeSchema.nullable().optional(),
      severity: severitySchema,
      comment: longText,
      correction: longText.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('annotation.update'),
      annotationId: id,
      patch: z
        .object({
          category: annotationCategorySchema,
          subtype: annotationSubtypeSchema.nullable(),
          severity: severitySchema,
          comment: longText,
          correction: longText,
          status: annotationStatusSchema,
          spans: z.array(spanRefSchema).min(1).max(MAX_ANNOTATION_SPANS),
        })
        .partial()
        .strict(),
    })
    .strict(),
  z.object({ type: z.literal('annotation.remove'), annotationId: id }).strict(),
  z.object({ type: z.literal('annotation.reply'), annotationId: id, text: longText.min(1) }).strict(),
  z
    .object({
      type: z.literal('annotation.replyEdit'),
      annotationId: id,
      replyId: id,
      text: longText.min(1),
    })
    .strict(),
  z.object({ type: z.literal('annotation.replyRemove'), annotationId: id, replyId: id }).strict(),
] as const;
