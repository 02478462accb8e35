import { useEffect, useState } from 'react';
import { headRowsFor, type StoryHead } from '../../../shared/review/story-head';
import { invokeEarly } from '../../app/prefetch';

/** The head of a story once it came (null if it failed), and whether main has answered. */
export interface StoryHeadState {
  head: StoryHead | null;
  settled: boolean;
}

/**
 * The first rows of a story (main cuts them from its cached alignment and quotes), asked for once, so a long
 * story's first screen shows before its whole text, alignment and quotes have arrived. A failure only means the
 * view waits for the whole story.
 */
export function useStoryHead(projectId: string, documentId: string): StoryHeadState {
  const key = `${projectId}\u0000${documentId}`;
  const [answer, setAnswer] = useState<{ key: string; head: StoryHead | null } | null>(null);

  useEffect(() => {
    let live = true;
    invokeEarly('document.head', { projectId, documentId, rows: headRowsFor(window.innerHeight) })
      .then((head) => {
        if (live) setAnswer({ key, head });
      })
      .catch(() => {
        if (live) setAnswer({ key, head: null });
      });
    return () => {
      live = false;
    };
  }, [projectId, documentId, key]);

  const mine = answer?.key === key ? answer : null;
  return { head: mine?.head ?? null, settled: mine !== null };
}
