import { z } from 'zod';

/** A half-open range [start, end) in UTF-16 code units, the unit JavaScript strings and DOM selections use. */
export const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });

export type Span = z.infer<typeof spanSchema>;
