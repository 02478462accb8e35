import type { ColumnLayout, StoryDocument } from '../../../shared/model/project';
import type { Version } from '../../../shared/model/version';

/** One version as a grid column: where it stands in the story (`storyIndex`) and whether the reviewer hides it. */
export interface ColumnEntry {
  version: Version;
  storyIndex: number;
  hidden: boolean;
}

/**
 * The story's versions in the reviewer's column order: the stored order first (unknown ids dropped, duplicates
 * ignored), then every version it does not name in story order, so a new import always shows. At least one column
 * stays shown: if the layout hides them all, the first one is shown anyway.
 */
export function resolveColumns(doc: StoryDocument, layout: ColumnLayout | null | undefined): ColumnEntry[] {
  const byId = new Map(doc.versions.map((v, i) => [v.id, i]));
  const seen = new Set<string>();
  const ordered: number[] = [];
  for (const id of [...(layout?.order ?? []), ...doc.versions.map((v) => v.id)]) {
    const index = byId.get(id);
    if (index === undefined || seen.has(id)) continue;
    seen.add(id);
    ordered.push(index);
  }
  const hidden = new Set(layout?.hidden ?? []);
  const entries = ordered.map((storyIndex) => {
    const version = doc.versions[storyIndex] as Version;
    return { version, storyIndex, hidden: hidden.has(version.id) };
  });
  const first = entries[0];
  if (first && entries.every((e) => e.hidden)) entries[0] = { ...first, hidden: false };
  return entries;
}

/** The columns the grid draws, in order. */
export function visibleColumns(doc: StoryDocument, layout: ColumnLayout | null | undefined): ColumnEntry[] {
  return resolveColumns(doc, layout).filter((c) => !c.hidden);
}

/** The layout that stores an order and hidden set exactly as given. */
export function layoutOf(columns: readonly ColumnEntry[]): ColumnLayout {
  return {
    order: columns.map((c) => c.version.id),
    hidden: columns.filter((c) => c.hidden).map((c) => c.version.id),
  };
}

/** The layout after moving one version `delta` places (−1 earlier, +1 later); unchanged at either end. */
export function moveColumn(columns: readonly ColumnEntry[], versionId: string, delta: -1 | 1): ColumnLayout {
  const next = [...columns];
  const at = next.findIndex((c) => c.version.id === versionId);
  const to = at + delta;
  if (at >= 0 && to >= 0 && to < next.length) {
    const [moved] = next.splice(at, 1);
    if (moved) next.splice(to, 0, moved);
  }
  return layoutOf(next);
}

/** The layout after showing or hiding one version; hiding the last shown column is refused (returns null). */
export function setColumnHidden(
  columns: readonly ColumnEntry[],
  versionId: string,
  hidden: boolean,
): ColumnLayout | null {
  const next = columns.map((c) => (c.version.id === versionId ? { ...c, hidden } : c));
  return next.some((c) => !c.hidden) ? layoutOf(next) : null;
}

/** For each grid column index (the alignment's `versionIds` order), the visible version drawn there, by id. */
export function gridColumnOf(versionIds: readonly string[], versionId: string): number {
  return versionIds.indexOf(versionId);
}
