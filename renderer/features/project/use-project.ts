import { useCallback, useEffect, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import { invoke } from '../../api';
import { invokeEarly } from '../../app/prefetch';

/** A loaded project, its load error, and the ways to change it (commands, or a project returned by an import). */
export interface ProjectState {
  project: Project | null;
  error: unknown;
  run: (command: ProjectCommand) => Promise<Project>;
  replace: (project: Project) => void;
}

/**
 * Opens a project through main (once `enabled`: a story's view first draws its head, then asks for the whole) and
 * keeps the latest copy main returned after each change.
 */
export function useProject(projectId: string, enabled = true): ProjectState {
  const [project, setProject] = useState<Project | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    invokeEarly('projects.open', { projectId })
      .then((p) => {
        if (live) setProject(p);
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      });
    return () => {
      live = false;
    };
  }, [projectId, enabled]);

  const run = useCallback(
    async (command: ProjectCommand) => {
      const next = await invoke('projects.command', { projectId, command });
      setProject(next);
      return next;
    },
    [projectId],
  );

  return { project, error, run, replace: setProject };
}
