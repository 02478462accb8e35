import { z } from 'zod';

/** An annotation as schema version 1 stored it: one range of one version, no subtype, correction or thread. */
const annotationV1Schema = z.looseObject({
  versionId: z.string(),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
});

/**
 * Lifts a parsed JSON project of an older schema version to the current one before validation, so old files open
 * unchanged on disk until the next save. Unknown shapes pass through and fail validation with a clear reason.
 */
export function migrateProjectJson(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const project = json as Record<string, unknown>;
  if (project.schemaVersion !== 1) return json;
  const annotations = Array.isArray(project.annotations) ? project.annotations : [];
  return {
    ...project,
    schemaVersion: 2,
    annotations: annotations.map((a: unknown) => {
      const parsed = annotationV1Schema.safeParse(a);
      if (!parsed.success) return a;
      const { versionId, start, end, quote, ...rest } = parsed.data;
      return { ...rest, spans: [{ versionId, start, end, quote, detached: false }] };
    }),
  };
}
