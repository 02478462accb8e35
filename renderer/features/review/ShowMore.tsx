import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedCount } from './paging';
import './paging.css';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/**
 * Under a paged list: how many of how many entries are drawn, and a button drawing the next page. The first newly
 * drawn entry then takes focus, so a keyboard or screen-reader user carries on reading where the list grew.
 */
export function ShowMore({ paged, listRef }: { paged: PagedCount; listRef: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    listRef.current?.children[at]?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [paged.shown, listRef]);

  if (paged.next <= 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="list-more">
      <p className="panel-note">
        {t('panel.shownOf', { n: number.format(paged.shown), total: number.format(paged.total) })}
      </p>
      <button
        type="button"
        onClick={() => {
          focusAt.current = paged.shown;
          paged.more();
        }}
      >
        {t('panel.showMore', { count: paged.next })}
      </button>
    </div>
  );
}
