import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { primarySpan, type Annotation, type AnnotationStatus } from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import { AnnotationItem } from './AnnotationItem';
import { usePagedCount } from './paging';
import { findListItem } from './reveal';
import { ShowMore } from './ShowMore';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';

interface AnnotationListProps {
  document: StoryDocument;
  /** The annotations to list, already filtered and in the order to show. */
  annotations: readonly Annotation[];
  /** How many the story has in all, so the heading can say how many the filters hide. */
  total: number;
  activeId: string | null;
  onShow: (annotationId: string) => void;
  onStatus: (annotationId: string, status: AnnotationStatus) => void;
  onDelete: (annotationId: string) => void;
  onClearFilters: () => void;
}

/**
 * The story's annotations that pass the filters, in reading order, a page at a time; the active one is always drawn
 * and kept in sight.
 */
export function AnnotationList({
  document: doc,
  annotations,
  total,
  activeId,
  onShow,
  onStatus,
  onDelete,
  onClearFilters,
}: AnnotationListProps) {
  const { t } = useTranslation();
  const index = new Map(doc.versions.map((v, i) => [v.id, i]));
  const activeAt = activeId === null ? -1 : annotations.findIndex((a) => a.id === activeId);
  const activeHidden = activeId !== null && activeAt < 0;
  // A long list draws a page at a time, always reaching the active annotation (F8, a click in the text).
  const paged = usePagedCount(annotations.length, activeAt);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (activeId) findListItem(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">
        {annotations.length === total
          ? t('panel.listHeading', { n: total })
          : t('panel.listHeadingFiltered', { n: annotations.length, total })}
      </h2>
      {total === 0 ? (
        <p className="empty-state">{t('panel.noAnnotations')}</p>
      ) : annotations.length === 0 ? (
        <p className="empty-state">
          {t('panel.noneMatch')}{' '}
          <button type="button" className="link-button" onClick={onClearFilters}>
            {t('panel.clearFilters')}
          </button>
        </p>
      ) : (
        <>
          {activeHidden && (
            <p className="panel-note">
              {t('panel.activeHidden')}{' '}
              <button type="button" className="link-button" onClick={onClearFilters}>
                {t('panel.clearFilters')}
              </button>
            </p>
          )}
          <ol ref={listRef}>
            {annotations.slice(0, paged.shown).map((a) => {
              const at = index.get(primarySpan(a).versionId) ?? -1;
              const version = doc.versions[at];
              const language = version?.language ?? 'und';
              return (
                <AnnotationItem
                  key={a.id}
                  annotation={a}
                  versionLabel={version ? versionLabel(t, version, at) : t('panel.unknownVersion')}
                  quoteLang={language}
                  quoteDir={textDirection(language)}
                  active={a.id === activeId}
                  onShow={() => onShow(a.id)}
                  onStatus={(status) => onStatus(a.id, status)}
                  onDelete={() => onDelete(a.id)}
                />
              );
            })}
          </ol>
          <ShowMore paged={paged} listRef={listRef} />
        </>
      )}
    </section>
  );
}
