import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { primarySpan, type Annotation, type AnnotationStatus } from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import { AnnotationItem } from './AnnotationItem';
import { findListItem } from './reveal';
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

/** The story's annotations that pass the filters, in reading order; the active one is kept in sight. */
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
  const activeHidden = activeId !== null && !annotations.some((a) => a.id === activeId);

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
          <ol>
            {annotations.map((a) => {
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
        </>
      )}
    </section>
  );
}
