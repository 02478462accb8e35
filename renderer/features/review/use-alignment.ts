import { useEffect, useMemo, useState } from 'react';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Project } from '../../../shared/model/project';
import { invokeEarly } from '../../app/prefetch';
import { useStoryRevision } from './use-story-revision';

/** The alignment main computed for a story, the error if it failed, and whether a newer one is on its way. */
export interface AlignmentState {
  grid: AlignmentGrid | null;
  error: unknown;
  pending: boolean;
}

/**
 * Asks main for a story's alignment once `enabled` (alongside the project, not after it), and again whenever a text or a
 * fix changes (main answers from its cache when nothing the alignment depends on changed). A grid is only returned
 * while it still matches the story's versions.
 */
export function useAlignment(
  projectId: string,
  project: Project | null,
  documentId: string,
  enabled = true,
): AlignmentState {
  const [state, setState] = useState<AlignmentState>({ grid: null, error: null, pending: true });
  const revision = useStoryRevision(projectId, project, documentId);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    invokeEarly('alignment.get', { projectId, documentId })
      .then((grid) => {
        if (live) setState({ grid, error: null, pending: false });
      })
      .catch((error: unknown) => {
        if (live) setState({ grid: null, error, pending: false });
      });
    return () => {
      live = false;
    };
  }, [projectId, documentId, revision, enabled]);

  const doc = project?.documents.find((d) => d.id === documentId);
  const versions = doc?.versions;
  const grid = state.grid;
  const matches = useMemo(
    () =>
      grid !== null &&
      versions !== undefined &&
      grid.versionIds.length === versions.length &&
      grid.versionIds.every((id, i) => id === versions[i]?.id) &&
      versions.every((v, col) =>
        grid.rows.every((r) => (r.cells[col] ?? []).every((s) => s < v.sentences.length)),
      ),
    [grid, versions],
  );
  return { grid: matches ? grid : null, error: state.error, pending: state.pending };
}
