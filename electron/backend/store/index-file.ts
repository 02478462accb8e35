import { z } from 'zod';
import { projectSummarySchema } from '../../../shared/model/project';
import { DEFAULT_SETTINGS, storedSettingsSchema } from '../../../shared/model/settings';

/** The small file beside the projects that lists them and holds the reviewer's settings. */
export const indexFileSchema = z.object({
  schemaVersion: z.literal(1),
  settings: storedSettingsSchema,
  projects: z.array(projectSummarySchema),
});

export type IndexFile = z.infer<typeof indexFileSchema>;

export function emptyIndex(): IndexFile {
  return { schemaVersion: 1, settings: { ...DEFAULT_SETTINGS }, projects: [] };
}
