import { primarySpan } from '../../../shared/model/annotation';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationStatus } from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import { AnnotationItem } from './AnnotationItem';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';

interface AnnotationListProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  activeId: string | null;
  onShow: (annotationId: string) => void;
  onStatus: (annotationId: string, status: AnnotationStatus) => void;
  onDelete: (annotationId: string) => void;
}

/** Every annotation on the story, in reading order of version then position. */
export function AnnotationList({
  document: doc,
  annotations,
  activeId,
  onShow,
  onStatus,
  onDelete,
}: AnnotationListProps) {
  const { t } = useTranslation();
  const order = new Map(doc.versions.map((v, i) => [v.id, i]));
  const sorted = [...annotations].sort(
    (a, b) =>
      (order.get(primarySpan(a).versionId) ?? 0) - (order.get(primarySpan(b).versionId) ?? 0) ||
      primarySpan(a).start - primarySpan(b).start,
  );
  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">{t('document.annotationsHeading', { n: annotations.length })}</h2>
      {sorted.length === 0 ? (
        <p className="empty-state">{t('document.noAnnotations')}</p>
      ) : (
        <ol>
          {sorted.map((a) => {
            const index = order.get(primarySpan(a).versionId) ?? -1;
            const version = doc.versions[index];
            const language = version?.language ?? 'und';
            return (
              <AnnotationItem
                key={a.id}
                annotation={a}
                versionLabel={version ? versionLabel(t, version, index) : t('document.unknownVersion')}
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
      )}
    </section>
  );
}
