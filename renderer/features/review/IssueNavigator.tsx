import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model/annotation';
import { NEXT_KEY, PREVIOUS_KEY, useIssueNavigation } from './use-issue-navigation';

interface IssueNavigatorProps {
  /** The filtered annotations, in the order the list shows them. */
  list: readonly Annotation[];
  activeId: string | null;
  onShow: (annotationId: string) => void;
}

/** Previous/next buttons through the filtered annotations, with where the active one stands among them. */
export function IssueNavigator({ list, activeId, onShow }: IssueNavigatorProps) {
  const { t } = useTranslation();
  const { go } = useIssueNavigation(list, activeId, onShow);
  const at = activeId === null ? -1 : list.findIndex((a) => a.id === activeId);
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  /** Moves, then gives focus back to the button, so pressing it again goes on (the highlight is lit and in view). */
  function step(delta: 1 | -1) {
    go(delta);
    (delta === 1 ? nextRef : previousRef).current?.focus({ preventScroll: true });
  }

  return (
    <div className="issue-navigator" role="group" aria-label={t('panel.navLabel')}>
      <button
        ref={previousRef}
        type="button"
        aria-keyshortcuts={PREVIOUS_KEY}
        title={t('panel.previousHint')}
        disabled={list.length === 0}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">↑ </span>
        {t('panel.previous')}
      </button>
      <button
        ref={nextRef}
        type="button"
        aria-keyshortcuts={NEXT_KEY}
        title={t('panel.nextHint')}
        disabled={list.length === 0}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">↓ </span>
        {t('panel.next')}
      </button>
      <span className="issue-position">
        {at === -1
          ? t('panel.positionNone', { total: list.length })
          : t('panel.position', { n: at + 1, total: list.length })}
      </span>
    </div>
  );
}
