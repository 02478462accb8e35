import { useEffect, useState } from 'react';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Project } from '../../../shared/model/project';
import { invoke } from '../../api';

/** The alignment main computed for a story, the error if it failed, and whether a newer one is on its way. */
export interface AlignmentState {
  grid: AlignmentGrid | null;
  error: unknown;
  pending: boolean;
}

/**
 * Asks main for a story's alignment, again whenever the project changes (main answers from its cache when nothing
 * the alignment depends on changed). A grid is only returned while it still matches the story's versions.
 */
export function useAlignment(project: Project | null, documentId: string): AlignmentState {
  const [state, setState] = useState<AlignmentState>({ grid: null, error: null, pending: true });
  const projectId = project?.id ?? null;

  useEffect(() => {
    if (!project || projectId === null) return;
    if (!project.documents.some((d) => d.id === documentId)) return;
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    invoke('alignment.get', { projectId, documentId })
      .then((grid) => {
        if (live) setState({ grid, error: null, pending: false });
      })
      .catch((error: unknown) => {
        if (live) setState({ grid: null, error, pending: false });
      });
    return () => {
      live = false;
    };
  }, [project, projectId, documentId]);

  const doc = project?.documents.find((d) => d.id === documentId);
  const ids = doc?.versions.map((v) => v.id) ?? [];
  const grid = state.grid;
  const matches =
    grid !== null &&
    grid.versionIds.length === ids.length &&
    grid.versionIds.every((id, i) => id === ids[i]) &&
    (doc?.versions ?? []).every((v, col) =>
      grid.rows.every((r) => (r.cells[col] ?? []).every((s) => s < v.sentences.length)),
    );
  return { grid: matches ? grid : null, error: state.error, pending: state.pending };
}
