import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { primarySpan, type Annotation } from '../../../shared/model/annotation';
import { useAnnounce } from '../../app/announcer';
import { stepThrough } from './issue-filters';

/** The keys that move through the annotations from anywhere in the document view (as in code editors' F8). */
export const NEXT_KEY = 'F8';
export const PREVIOUS_KEY = 'Shift+F8';

/**
 * Next/previous annotation in the filtered list: makes it active, reveals its highlight in the grid and says which
 * one it is. F8 and Shift+F8 do the same from anywhere in the view, except while a dialog is open.
 */
export function useIssueNavigation(
  list: readonly Annotation[],
  activeId: string | null,
  onShow: (annotationId: string) => void,
): { go: (delta: 1 | -1) => boolean } {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const latest = useRef({ list, activeId, onShow });
  latest.current = { list, activeId, onShow };

  const go = useCallback(
    (delta: 1 | -1): boolean => {
      const { list: items, activeId: current, onShow: show } = latest.current;
      const target = stepThrough(items, current, delta);
      if (!target) {
        announce(t('panel.navNone'));
        return false;
      }
      announce(
        t('panel.navPosition', {
          n: items.indexOf(target) + 1,
          total: items.length,
          quote: primarySpan(target).quote.replace(/\s+/gu, ' ').slice(0, 80),
        }),
      );
      // Showing may announce that the highlight is missing, which then replaces the position.
      show(target.id);
      return true;
    },
    [announce, t],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented)
        return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"], dialog')) return;
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return { go };
}
