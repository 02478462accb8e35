import { useMemo, useState } from 'react';
import type { Annotation, AnnotationStatus } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { Project, StoryDocument } from '../../../shared/model/project';
import { AnnotationList } from './AnnotationList';
import { resolveColumns } from './grid-columns';
import { IssueFilters } from './IssueFilters';
import { NO_FILTER, passes, readingOrder, type IssueFilter } from './issue-filters';
import { IssueNavigator } from './IssueNavigator';
import { MqmScore } from './MqmScore';

interface IssuesTabProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  activeId: string | null;
  onShow: (annotationId: string) => void;
  onStatus: (annotationId: string, status: AnnotationStatus) => void;
  onDelete: (annotationId: string) => void;
  threshold: number;
  run: (command: ProjectCommandInput) => Promise<Project>;
  /** The grid has its rows: the score's word counting starts then, so it never holds up the first screen. */
  gridShown: boolean;
}

/** The annotations tab: the story's MQM score, filters with counts, next/previous, and the filtered list. */
export function IssuesTab(props: IssuesTabProps) {
  const { document: doc, annotations } = props;
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const columnOrder = useMemo(() => resolveColumns(doc, doc.columns).map((c) => c.version.id), [doc]);
  const ordered = useMemo(() => readingOrder(annotations, columnOrder), [annotations, columnOrder]);
  const visible = useMemo(() => ordered.filter((a) => passes(a, filter)), [ordered, filter]);

  return (
    <>
      <MqmScore
        document={doc}
        annotations={annotations}
        threshold={props.threshold}
        run={props.run}
        countWords={props.gridShown}
      />
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
