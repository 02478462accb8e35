import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationStatus } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { Project, StoryDocument } from '../../../shared/model/project';
import { AnnotationList } from './AnnotationList';
import { resolveColumns } from './grid-columns';
import { IssueFilters } from './IssueFilters';
import { NO_FILTER, passes, readingOrder, type IssueFilter } from './issue-filters';
import { IssueNavigator } from './IssueNavigator';
import { MqmScore } from './MqmScore';
import { useAfterFirstPaint } from './use-after-first-paint';

interface IssuesTabProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  activeId: string | null;
  onShow: (annotationId: string) => void;
  onStatus: (annotationId: string, status: AnnotationStatus) => void;
  onDelete: (annotationId: string) => void;
  threshold: number;
  run: (command: ProjectCommandInput) => Promise<Project>;
}

/** The annotations tab: the story's MQM score, filters with counts, next/previous, and the filtered list. */
export function IssuesTab(props: IssuesTabProps) {
  const { document: doc, annotations } = props;
  const { t } = useTranslation();
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  // Counting a long story's words takes a while: the score comes just after the first screen, not before it.
  const scoreReady = useAfterFirstPaint();
  const columnOrder = useMemo(() => resolveColumns(doc, doc.columns).map((c) => c.version.id), [doc]);
  const ordered = useMemo(() => readingOrder(annotations, columnOrder), [annotations, columnOrder]);
  const visible = useMemo(() => ordered.filter((a) => passes(a, filter)), [ordered, filter]);

  return (
    <>
      {scoreReady ? (
        <MqmScore document={doc} annotations={annotations} threshold={props.threshold} run={props.run} />
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <IssueFilters document={doc} annotations={annotations} filter={filter} onChange={setFilter} />
      <IssueNavigator list={visible} activeId={props.activeId} onShow={props.onShow} />
      <AnnotationList
        document={doc}
        annotations={visible}
        total={annotations.length}
        activeId={props.activeId}
        onShow={props.onShow}
        onStatus={props.onStatus}
        onDelete={props.onDelete}
        onClearFilters={() => setFilter(NO_FILTER)}
      />
    </>
  );
}
