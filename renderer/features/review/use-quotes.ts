import { useEffect, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import type { SpeakerLanguageEntry } from '../../../shared/model/settings';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { invoke } from '../../api';

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
 * Asks main for a story's quotes whenever the project or the speakers' registry changes (main answers from its
 * cache when nothing changed). Quotes are an addition to the text: while they load, or if they fail, the story still
 * shows without them. A result is only returned while it still matches the story's versions and texts.
 */
export function useQuotes(
  project: Project | null,
  documentId: string,
  speakerLanguages: readonly SpeakerLanguageEntry[],
): QuotesState {
  const [state, setState] = useState<Answer | null>(null);
  const projectId = project?.id ?? null;
  const registry = JSON.stringify(speakerLanguages);

  useEffect(() => {
    if (!project || projectId === null) return;
    if (!project.documents.some((d) => d.id === documentId)) return;
    let live = true;
    invoke('quotes.get', { projectId, documentId })
      .then((result) => {
        if (live) setState({ documentId, quotes: result, error: null });
      })
      .catch((error: unknown) => {
        if (live) setState({ documentId, quotes: null, error });
      });
    return () => {
      live = false;
    };
  }, [project, projectId, documentId, registry]);

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
