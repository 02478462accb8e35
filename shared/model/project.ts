import { z } from 'zod';
import { versionSchema } from './version';
import { annotationSchema } from './annotation';
import { migrateProjectJson } from './migrate';

const sentenceIndexes = z.array(z.number().int().nonnegative()).max(10_000);

/** A reviewer's fix as stored: these sentences of the two versions form one bead (see FixedBead in shared/align). */
export const fixedBeadSchema = z.object({
  src: sentenceIndexes,
  tgt: sentenceIndexes,
  srcText: z.string(),
  tgtText: z.string(),
});

/** The manual alignment fixes between a story's source version and one other version: inputs, never derived data. */
export const alignmentFixSetSchema = z.object({
  documentId: z.string().min(1).max(100),
  sourceVersionId: z.string().min(1).max(100),
  targetVersionId: z.string().min(1).max(100),
  fixed: z.array(fixedBeadSchema),
});

export type AlignmentFixSet = z.infer<typeof alignmentFixSetSchema>;

/** Bumped whenever the stored shape changes; loaders refuse files from the future and migrate older ones. */
export const SCHEMA_VERSION = 2;

const versionIds = z.array(z.string().min(1).max(100)).max(100);

/** Which versions the review grid shows, in which order; versions not named are appended, so imports always show. */
export const columnLayoutSchema = z.object({ order: versionIds, hidden: versionIds });
export type ColumnLayout = z.infer<typeof columnLayoutSchema>;

export const documentSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(500),
  versions: z.array(versionSchema),
  columns: columnLayoutSchema.nullable().optional(),
});

/** One news story and its versions (source, translations, references). */
export type StoryDocument = z.infer<typeof documentSchema>;

/** The quality bar for a project: MQM penalty points per 1,000 words above which a document fails. */
export const reviewSettingsSchema = z.object({ mqmThreshold: z.number().min(0).max(10_000) });
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { mqmThreshold: 10 };

export const projectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  // Files written before manual alignment existed have no fixes; they load as having none.
  alignmentFixes: z.array(alignmentFixSetSchema).default([]),
  review: reviewSettingsSchema.default({ ...DEFAULT_REVIEW_SETTINGS }),
});

/** A project as read from disk: older schema versions are migrated first, then everything is validated. */
export const storedProjectSchema = z.preprocess(migrateProjectJson, projectSchema);

/** Everything a reviewer works on in one file: stories, their versions and the annotations on them. */
export type Project = z.infer<typeof projectSchema>;

export const projectSummarySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  documentCount: z.number().int().nonnegative(),
  annotationCount: z.number().int().nonnegative(),
});

/** What the library lists without loading every project. */
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** Derives the library entry from a project, so the index never disagrees with the file it describes. */
export function summarize(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    documentCount: project.documents.length,
    annotationCount: project.annotations.length,
  };
}
