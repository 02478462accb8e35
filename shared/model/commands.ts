import { z } from 'zod';
import { annotationCommandSchemas } from './commands-annotation';
import { columnLayoutSchema, reviewSettingsSchema } from './project';
import { languageTagSchema, versionRoleSchema } from './version';

const id = z.string().min(1).max(100);
const sentenceIndexes = z.array(z.number().int().nonnegative()).max(1000);
const offset = z.number().int().nonnegative().max(100_000_000);

/** Most characters one text edit may insert: a reviewer fixes a typo or rewrites a passage, not a whole book. */
export const MAX_EDIT_TEXT = 200_000;

/** Sentences of the source and of one other version that a reviewer ties together (or frees again). */
const alignmentBeadRef = z
  .object({ targetVersionId: id, src: sentenceIndexes, tgt: sentenceIndexes })
  .strict();

/** Every change a reviewer can make to a project, as data: applied by the backend, logged, and later undoable. */
export const projectCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document.add'), title: z.string().max(500) }).strict(),
  z.object({ type: z.literal('document.rename'), documentId: id, title: z.string().max(500) }).strict(),
  z.object({ type: z.literal('document.remove'), documentId: id }).strict(),
  z
    .object({
      type: z.literal('version.update'),
      documentId: id,
      versionId: id,
      patch: z
        .object({
          language: languageTagSchema,
          role: versionRoleSchema,
          label: z.string().max(200),
          url: z.string().max(2000).nullable(),
          date: z.string().max(100).nullable(),
        })
        .partial()
        .strict(),
    })
    .strict(),
  z.object({ type: z.literal('version.remove'), documentId: id, versionId: id }).strict(),
  // Replaces [start, end) of a version's text; annotations re-anchor and segments are rebuilt (apply-edit-text.ts).
  z
    .object({
      type: z.literal('version.editText'),
      documentId: id,
      versionId: id,
      start: offset,
      end: offset,
      text: z.string().max(MAX_EDIT_TEXT),
    })
    .strict(),
  z
    .object({ type: z.literal('document.columns'), documentId: id, layout: columnLayoutSchema.strict() })
    .strict(),
  z.object({ type: z.literal('project.review'), patch: reviewSettingsSchema.partial().strict() }).strict(),
  ...annotationCommandSchemas,
  // Merge, split, unlink and re-link are all fixed beads; one command holds every bead of one action.
  z
    .object({
      type: z.literal('alignment.fix'),
      documentId: id,
      sourceVersionId: id,
      beads: z.array(alignmentBeadRef).min(1).max(200),
    })
    .strict(),
  z
    .object({
      type: z.literal('alignment.unfix'),
      documentId: id,
      sourceVersionId: id,
      beads: z.array(alignmentBeadRef).min(1).max(200),
    })
    .strict(),
]);

export type ProjectCommand = z.infer<typeof projectCommandSchema>;

/** A command as a caller writes it: fields with defaults (subtype, correction) may be left out. */
export type ProjectCommandInput = z.input<typeof projectCommandSchema>;
