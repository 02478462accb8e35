import { useState } from 'react';
import type { Project } from '../../../shared/model/project';
import { sameStoryInputs, storyInputs, type StoryInputs } from './story-inputs';

interface Seen {
  key: string;
  inputs: StoryInputs | null;
  revision: number;
}

/**
 * A number that changes only when what main derives from a story (alignment, quotes) could change. The first
 * request goes out before the project has arrived, so the project's arrival is not a change; annotations are not
 * either. Views ask main again when this changes, instead of after every command.
 */
export function useStoryRevision(projectId: string, project: Project | null, documentId: string): number {
  const key = `${projectId}\u0000${documentId}`;
  const inputs = storyInputs(project, documentId);
  const [seen, setSeen] = useState<Seen>({ key, inputs, revision: 0 });
  let next: Seen | null = null;
  if (seen.key !== key) next = { key, inputs, revision: seen.revision + 1 };
  else if (inputs && !seen.inputs) next = { key, inputs, revision: seen.revision };
  else if (inputs && seen.inputs && !sameStoryInputs(seen.inputs, inputs))
    next = { key, inputs, revision: seen.revision + 1 };
  // Storing what the last render saw, during render, is React's pattern for reacting to a changed prop.
  if (next) setSeen(next);
  return next?.revision ?? seen.revision;
}
