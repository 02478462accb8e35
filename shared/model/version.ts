import { z } from 'zod';
import { spanSchema } from './span';

/** How a version relates to the story: the original, a translation under review, or a reference to compare with. */
export const versionRoleSchema = z.enum(['source', 'translation', 'reference']);
export type VersionRole = z.infer<typeof versionRoleSchema>;

/** BCP 47 language tag, kept loose (e.g. "en", "zh-Hant", "und") but never empty or absurd. */
export const languageTagSchema = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/);

/** Where a version's text came from, so the reviewer can tell files apart and we can explain a decoding. */
export const versionOriginSchema = z.object({
  fileName: z.string().max(1000),
  encoding: z.string().max(64),
  format: z.enum(['text', 'markdown']),
});

export const versionSchema = z
  .object({
    id: z.string().min(1).max(100),
    language: languageTagSchema,
    detectedLanguage: languageTagSchema.nullable(),
    role: versionRoleSchema,
    label: z.string().max(200),
    url: z.string().max(2000).nullable(),
    date: z.string().max(100).nullable(),
    text: z.string(),
    paragraphs: z.array(spanSchema),
    sentences: z.array(spanSchema),
    origin: versionOriginSchema.nullable(),
  })
  .superRefine((v, ctx) => {
    for (const s of [...v.paragraphs, ...v.sentences]) {
      if (s.end > v.text.length) {
        ctx.addIssue({ code: 'custom', message: 'segment outside text' });
        return;
      }
    }
  });

/** One rendering of a story: its text plus the paragraph and sentence offsets derived from it. */
export type Version = z.infer<typeof versionSchema>;
