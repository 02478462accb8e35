import { useEffect, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import type { SpeakerLanguageEntry } from '../../../shared/model/settings';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { invokeEarly } from '../../app/prefetch';
import { useStoryRevision } from './use-story-revision';

/** A story's quotes as main found them, or the error that stopped it (null while loading). */
export interface QuotesState {
  quotes: DocumentQuotes | null;
  error: unknown;
  /** Main has answered (quotes or an error) at least once for this story, so the text can be shown in its final form. */
  settled: boolean;
}

interface Answer {
  documentId: string;
  quotes: DocumentQuotes | null;
  error: unknown;
}

/**
 * Asks main for a story's quotes once `enabled` (alongside the project, not after it), and again whenever a text, a fix or
 * the speakers' registry changes (main answers from its cache when nothing changed). Quotes are an addition to the text: while they load, or if they fail, the story still
 * shows without them. A result is only returned while it still matches the story's versions and texts.
 */
export function useQuotes(
  projectId: string,
  project: Project | null,
  documentId: string,
  speakerLanguages: readonly SpeakerLanguageEntry[],
  enabled = true,
): QuotesState {
  const [state, setState] = useState<Answer | null>(null);
  const registry = JSON.stringify(speakerLanguages);
  const revision = useStoryRevision(projectId, project, documentId);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    invokeEarly('quotes.get', { projectId, documentId })
      .then((result) => {
        if (live) setState({ documentId, quotes: result, error: null });
      })
      .catch((error: unknown) => {
        if (live) setState({ documentId, quotes: null, error });
      });
    return () => {
      live = false;
    };
  }, [projectId, documentId, registry, revision, enabled]);

  const doc = project?.documents.find((d) => d.id === documentId);
  if (!state || state.documentId !== documentId) return { quotes: null, error: null, settled: false };
  const quotes = state.quotes;
  if (!quotes || !doc) return { quotes: null, error: state.error, settled: true };
  const fits =
    quotes.versions.length === doc.versions.length &&
    quotes.versions.every((v, i) => {
      const version = doc.versions[i];
      return version?.id === v.versionId && v.quotes.every((q) => q.end <= version.text.length);
    });
  return { quotes: fits ? quotes : null, error: null, settled: true };
}
