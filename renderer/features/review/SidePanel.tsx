import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Annotation, AnnotationStatus } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { Project, StoryDocument } from '../../../shared/model/project';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { IssuesTab } from './IssuesTab';
import { SearchPanel } from './SearchPanel';
import './panel.css';

/** The side panel's tabs, in the order they stand. */
const TABS = ['issues', 'quotes', 'search'] as const;
type Tab = (typeof TABS)[number];

interface SidePanelProps {
  document: StoryDocument;
  /** The story's annotations (all of them; the panel filters). */
  annotations: readonly Annotation[];
  activeId: string | null;
  /** Makes an annotation the active one and reveals its highlight in the grid. */
  onShow: (annotationId: string) => void;
  onStatus: (annotationId: string, status: AnnotationStatus) => void;
  onDelete: (annotationId: string) => void;
  /** The project's MQM threshold (points per 1,000 words). */
  threshold: number;
  run: (command: ProjectCommandInput) => Promise<Project>;
  gridRef: RefObject<HTMLElement | null>;
  /** The rows the grid draws, to bring a search match's row in; null while aligning. */
  grid: AlignmentGrid | null;
  /** Tells the view the grid selection changed (a search match was selected). */
  onSelectionMaybeChanged: () => void;
  /** The open annotation form, shown above the tabs so it stays in sight whichever tab is chosen. */
  form: ReactNode;
  /** The quote list, for the Quotes tab. */
  quoteList: ReactNode;
  /** The story's quotes, for the count in the tab's name; null while they are being found. */
  quotes: DocumentQuotes | null;
}

/** How many top-level quotes the source version has (what the quote list lists); null while unknown. */
function sourceQuoteCount(quotes: DocumentQuotes | null): number | null {
  const source = quotes?.versions.find((v) => v.versionId === quotes.sourceVersionId);
  return source ? source.quotes.filter((q) => q.depth === 0).length : null;
}

/**
 * The review panel beside the grid: the annotation form when open, then tabs for the annotations (with filters,
 * next/previous and the MQM score), the quotes, and text search across the columns.
 */
export function SidePanel(props: SidePanelProps) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>('issues');
  const [seenActive, setSeenActive] = useState(props.activeId);
  // A tab's content is drawn the first time it is shown and kept after (its search or filters survive a switch),
  // so a long story's quotes cost nothing until the reviewer opens the Quotes tab.
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(() => new Set([tab]));
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const base = useId();

  // An annotation becoming active (clicked in the text, just added, reached by F8) is shown in its list.
  if (props.activeId !== seenActive) {
    setSeenActive(props.activeId);
    if (props.activeId !== null) setTab('issues');
  }

  const rtl = i18n.dir(i18n.language) === 'rtl';
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const at = TABS.indexOf(tab);
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: Tab | undefined;
    if (event.key === forward) next = TABS[(at + 1) % TABS.length];
    else if (event.key === backward) next = TABS[(at - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  }

  function tabName(which: Tab): { name: string; count: number | null } {
    switch (which) {
      case 'issues':
        return { name: t('panel.tabIssues'), count: props.annotations.length };
      case 'quotes':
        return { name: t('panel.tabQuotes'), count: sourceQuoteCount(props.quotes) };
      case 'search':
        return { name: t('panel.tabSearch'), count: null };
    }
  }

  const panelId = (which: Tab) => `${base}-panel-${which}`;
  const tabId = (which: Tab) => `${base}-tab-${which}`;

  return (
    <aside className="review-side" aria-label={t('panel.name')}>
      {props.form}
      <div className="panel-tabs" role="tablist" aria-label={t('panel.tabsLabel')}>
        {TABS.map((which) => {
          const { name, count } = tabName(which);
          const selected = which === tab;
          return (
            <button
              key={which}
              ref={(el) => {
                if (el) tabRefs.current.set(which, el);
                else tabRefs.current.delete(which);
              }}
              type="button"
              role="tab"
              id={tabId(which)}
              aria-selected={selected}
              aria-controls={panelId(which)}
              tabIndex={selected ? 0 : -1}
              className="panel-tab"
              onClick={() => setTab(which)}
              onKeyDown={onKeyDown}
            >
              {name}
              {count !== null && <span className="panel-tab-count"> {count}</span>}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId('issues')}
        aria-labelledby={tabId('issues')}
        hidden={tab !== 'issues'}
        className="panel-body"
      >
        {opened.has('issues') && (
          <IssuesTab
            document={props.document}
            annotations={props.annotations}
            activeId={props.activeId}
            onShow={props.onShow}
            onStatus={props.onStatus}
            onDelete={props.onDelete}
            threshold={props.threshold}
            run={props.run}
            gridShown={props.grid !== null}
          />
        )}
      </div>
      <div
        role="tabpanel"
        id={panelId('quotes')}
        aria-labelledby={tabId('quotes')}
        hidden={tab !== 'quotes'}
        className="panel-body"
      >
        {opened.has('quotes') && props.quoteList}
      </div>
      <div
        role="tabpanel"
        id={panelId('search')}
        aria-labelledby={tabId('search')}
        hidden={tab !== 'search'}
        className="panel-body"
      >
        {opened.has('search') && (
          <SearchPanel
            document={props.document}
            grid={props.grid}
            gridRef={props.gridRef}
            onSelectionMaybeChanged={props.onSelectionMaybeChanged}
          />
        )}
      </div>
    </aside>
  );
}
