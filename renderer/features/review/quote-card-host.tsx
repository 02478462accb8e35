import {
  useCallback,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { StoryDocument } from '../../../shared/model/project';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { useAnnounce } from '../../app/announcer';
import { QuoteCard } from './QuoteCard';
import { quoteRefAt, type QuoteRef } from './quote-links';
import { revealQuote, sameRef } from './reveal';
import { selectInGrid } from './search-jump';
import { versionLabel } from './version-label';

/** What the document view needs to host the quote card: an opener, handlers for the grid's wrapper, and the card. */
export interface QuoteCardHost {
  /** Opens the card on a quote; focus returns to `opener` (else the focused element) when it closes. */
  open: (ref: QuoteRef, opener?: HTMLElement | null) => void;
  /** Event delegation for the element around the grid: a click on a quote, or Enter on a focused one, opens its card. */
  gridHandlers: {
    onClick: (event: MouseEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
  /** The card itself (null while closed), to be placed anywhere in the page. */
  element: ReactNode;
}

/**
 * Owns the quote card of a story view: which quote it shows, who opened it (to give focus back), and the grid
 * actions it offers (show a quote, select the sentence that names the translator, drawing its row if needed).
 */
export function useQuoteCard(
  doc: StoryDocument | null,
  quotes: DocumentQuotes | null,
  gridRef: RefObject<HTMLElement | null>,
  grid: AlignmentGrid | null,
): QuoteCardHost {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [current, setCurrent] = useState<QuoteRef | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback((ref: QuoteRef, from?: HTMLElement | null) => {
    const active = document.activeElement;
    opener.current = from ?? (active instanceof HTMLElement ? active : null);
    setCurrent((old) => (sameRef(old, ref) ? old : ref));
  }, []);

  const close = useCallback(() => {
    const back = opener.current;
    opener.current = null;
    const ref = current;
    setCurrent(null);
    if (back?.isConnected) back.focus();
    else if (ref) revealQuote(gridRef.current, ref);
  }, [current, gridRef]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.detail > 1) return;
      const target = event.target;
      // A click on an annotation's highlight is about the annotation; a drag that selected text is about the text.
      if (!(target instanceof Element) || target.closest('mark[data-annotations]')) return;
      if (document.getSelection()?.isCollapsed === false) return;
      const ref = quoteRefAt(target);
      if (ref) open(ref, target.closest<HTMLElement>('.quote'));
    },
    [open],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const target = event.target;
      // Only a quote (or a highlight inside one) that has focus itself; Enter on a whole paragraph means nothing here.
      if (!(target instanceof HTMLElement) || !target.matches('.quote[data-quote], mark[data-annotations]'))
        return;
      const ref = quoteRefAt(target);
      if (!ref) return;
      event.preventDefault();
      open(ref, target);
    },
    [open],
  );

  const element =
    current && doc && quotes ? (
      <QuoteCard
        document={doc}
        quotes={quotes}
        quoteRef={current}
        onClose={close}
        onShowQuote={(ref) => {
          if (!revealQuote(gridRef.current, ref)) announce(t('quotecard.quoteNotShown'));
        }}
        onShowEvidence={(range) => {
          const col = doc.versions.findIndex((v) => v.id === range.versionId);
          const version = doc.versions[col];
          if (version && selectInGrid(gridRef.current, grid, version, range.start, range.end)) {
            // The selection bar follows the document selection; say it changed even where the engine does not.
            document.dispatchEvent(new Event('selectionchange'));
            announce(t('quotecard.evidenceSelected', { version: versionLabel(t, version, col) }));
          } else announce(t('quotecard.evidenceNotShown'));
        }}
      />
    ) : null;

  return { open, gridHandlers: { onClick, onKeyDown }, element };
}
