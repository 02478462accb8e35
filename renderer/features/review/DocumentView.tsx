import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../app/announcer';
import { useSettings } from '../../app/settings-context';
import { translateError } from '../../app/errors';
import { routeHref } from '../../app/router';
import { PageHeading } from '../../components/PageHeading';
import { ProjectLoadFailure } from '../../components/ProjectLoadFailure';
import { storyTitle } from '../project/StoryList';
import { useProject } from '../project/use-project';
import type { FixRef } from '../../../shared/align/grid';
import { AlignmentBar } from './AlignmentBar';
import { fixesOf, mergeBeads, moveSentenceBeads, splitBeads, unlinkBeads } from './alignment-actions';
import { ColumnPicker } from './ColumnPicker';
import { focusRowControl } from './grid-registry';
import { AnnotationActionsContext } from './annotation-actions-context';
import { AnnotationForm } from './AnnotationForm';
import { trimRange, type TextRange } from './selection';
import { SelectionBar } from './SelectionBar';
import { SidePanel } from './SidePanel';
import { SplitRowForm } from './SplitRowForm';
import { TextEditTools } from './TextEditTools';
import { counterparts, type QuoteRef } from './quote-links';
import { QuoteList } from './QuoteList';
import { useQuoteCard } from './quote-card-host';
import { revealQuote, sameRef } from './reveal';
import { useAlignment } from './use-alignment';
import { useQuotes } from './use-quotes';
import { useStoryHead } from './use-story-head';
import { headFits } from '../../../shared/review/story-head';
import { useAfterPaint } from './use-after-paint';
import { useAnnotationActions } from './use-annotation-actions';
import { useTextSelection } from './use-text-selection';
import { useUndo } from './use-undo';
import { UndoToolbar } from './UndoToolbar';
import { VersionGrid } from './VersionGrid';

/** A story's versions side by side, with annotating of selected text and the list of annotations beside them. */
export function DocumentView({ projectId, documentId }: { projectId: string; documentId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The story's head comes first and is drawn; only then is the whole story asked for (see useAfterPaint).
  const storyHead = useStoryHead(projectId, documentId);
  const wantWhole = useAfterPaint(storyHead.settled);
  const { project: loaded, error, run, replace } = useProject(projectId, wantWhole);
  const undo = useUndo(projectId, loaded, replace);
  const gridRef = useRef<HTMLDivElement>(null);
  const annotateButtonRef = useRef<HTMLButtonElement>(null);
  const { selection, refresh, clear } = useTextSelection(gridRef);
  const alignment = useAlignment(projectId, loaded, documentId, wantWhole);
  const [selectedRows, setSelectedRows] = useState<ReadonlySet<number>>(new Set());
  const [splitRow, setSplitRow] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRowAfter, setFocusRowAfter] = useState<number | null>(null);
  const { settings } = useSettings();
  const quoteState = useQuotes(projectId, loaded, documentId, settings.speakerLanguages, wantWhole);
  // Until the whole story is here (text, alignment, quotes), its first rows show from the head main cut for them;
  // the same grid then takes the whole story, keeping the rows already drawn (and any selection in them).
  const ready = loaded !== null && alignment.grid !== null && quoteState.settled;
  const head =
    !ready &&
    storyHead.head &&
    (loaded === null ||
      headFits(
        storyHead.head,
        loaded.documents.find((d) => d.id === documentId),
      ))
      ? storyHead.head
      : null;
  // Changes made meanwhile come back in the whole project, so it is shown as soon as it is here.
  const project = loaded ?? head?.project ?? null;
  const grid = ready ? alignment.grid : (head?.grid ?? null);
  const quotes = ready ? quoteState.quotes : (head?.quotes ?? null);
  const [activeQuote, setActiveQuoteState] = useState<QuoteRef | null>(null);
  const setActiveQuote = useCallback(
    (ref: QuoteRef | null) => setActiveQuoteState((old) => (sameRef(old, ref) ? old : ref)),
    [],
  );
  const linkedQuotes = quotes && activeQuote ? counterparts(quotes, activeQuote) : undefined;

  // A new alignment has new rows: picks made on the old one no longer mean anything.
  useEffect(() => {
    setSelectedRows(new Set());
    setSplitRow(null);
    if (grid && focusRowAfter !== null) {
      focusRowControl(gridRef.current, focusRowAfter);
      setFocusRowAfter(null);
    }
    // Only a new grid resets the picks; focusRowAfter is read, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid]);

  const doc = project?.documents.find((d) => d.id === documentId) ?? null;
  const quoteCard = useQuoteCard(doc, quotes, gridRef, grid);
  const annotations = project?.annotations.filter((a) => a.documentId === documentId) ?? [];

  const current: TextRange | null = (() => {
    if (selection.kind !== 'range' || !doc) return null;
    const version = doc.versions.find((v) => v.id === selection.range.versionId);
    return version ? trimRange(version.text, selection.range) : null;
  })();

  const notes = useAnnotationActions({
    document: doc,
    annotations,
    run,
    current,
    clearSelection: clear,
    gridRef,
    annotateButtonRef,
  });

  function toggleRow(row: number) {
    setSelectedRows((rows) => {
      const next = new Set(rows);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });
  }

  /** Sends one manual alignment change and says what happened; the grid follows when main re-aligns. */
  async function changeAlignment(
    type: 'alignment.fix' | 'alignment.unfix',
    beads: FixRef[],
    done: string,
    row: number,
  ): Promise<boolean> {
    if (!grid?.sourceVersionId || beads.length === 0) return false;
    setBusy(true);
    try {
      await run({ type, documentId, sourceVersionId: grid.sourceVersionId, beads });
      setFocusRowAfter(row);
      announce(done);
      return true;
    } catch (e) {
      announce(translateError(t, e), 'alert');
      return false;
    } finally {
      setBusy(false);
    }
  }

  const picked = [...selectedRows].sort((a, b) => a - b);

  if (error !== null) return <ProjectLoadFailure error={error} />;
  if (!project) return <p className="loading">{t('common.loading')}</p>;
  if (!doc) {
    return (
      <section className="page">
        <p role="alert">{t('document.notFound')}</p>
        <a href={routeHref({ name: 'project', projectId })}>{t('document.backToProject')}</a>
      </section>
    );
  }

  const title = storyTitle(doc, t('library.untitledStory'));

  return (
    <section className="page document">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={routeHref({ name: 'library' })}>{t('common.library')}</a>
          </li>
          <li>
            <a href={routeHref({ name: 'project', projectId })}>{project.name}</a>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageHeading>{title}</PageHeading>
      {doc.versions.length === 0 ? (
        <p className="empty-state">{t('document.noVersions')}</p>
      ) : (
        // Edit and reply actions reach each annotation item, wherever the side panel puts the list.
        <AnnotationActionsContext.Provider value={notes.itemActions}>
          <div className="review-layout">
            <div className="review-main">
              <div className="review-toolbar">
                <SelectionBar
                  ref={annotateButtonRef}
                  selection={selection}
                  range={current}
                  document={doc}
                  disabled={notes.formOpen}
                  onAnnotate={notes.openNew}
                />
                <UndoToolbar state={undo} />
                {ready && grid && (
                  <AlignmentBar
                    grid={grid}
                    document={doc}
                    selectedRows={selectedRows}
                    busy={busy || alignment.pending}
                    onMerge={() =>
                      void changeAlignment(
                        'alignment.fix',
                        mergeBeads(grid, picked),
                        t('document.alignment.merged'),
                        picked[0] ?? 0,
                      )
                    }
                    onSplit={() => setSplitRow(picked[0] ?? null)}
                    onUnlink={() =>
                      void changeAlignment(
                        'alignment.fix',
                        unlinkBeads(grid, picked),
                        t('document.alignment.unlinked'),
                        picked[0] ?? 0,
                      )
                    }
                    onUnfix={() =>
                      void changeAlignment(
                        'alignment.unfix',
                        fixesOf(grid, picked),
                        t('document.alignment.unfixed'),
                        picked[0] ?? 0,
                      )
                    }
                    onMove={(col, direction) =>
                      void changeAlignment(
                        'alignment.fix',
                        moveSentenceBeads(grid, picked[0] ?? 0, col, direction),
                        direction === 'up'
                          ? t('workspace.alignment.movedUp')
                          : t('workspace.alignment.movedDown'),
                        picked[0] ?? 0,
                      )
                    }
                    onClear={() => setSelectedRows(new Set())}
                  />
                )}
              </div>
              {/* The text waits for its quotes too (the head brings its own), so highlights never re-render it under a selection. */}
              {grid ? (
                <>
                  {splitRow !== null && (
                    <SplitRowForm
                      key={splitRow}
                      document={doc}
                      grid={grid}
                      row={splitRow}
                      onSplit={(upper) => {
                        void changeAlignment(
                          'alignment.fix',
                          splitBeads(grid, splitRow, upper),
                          t('document.alignment.splitDone'),
                          splitRow,
                        ).then((ok) => {
                          if (ok) setSplitRow(null);
                        });
                      }}
                      onCancel={() => {
                        setSplitRow(null);
                        focusRowControl(gridRef.current, splitRow);
                      }}
                    />
                  )}
                  <TextEditTools
                    gridRef={gridRef}
                    document={doc}
                    annotations={annotations}
                    grid={grid}
                    run={run}
                  />
                  <ColumnPicker document={doc} run={run} />
                  <div className="grid-scroller" {...quoteCard.gridHandlers}>
                    <VersionGrid
                      ref={gridRef}
                      document={doc}
                      grid={grid}
                      selectedRows={selectedRows}
                      onToggleRow={toggleRow}
                      annotations={annotations}
                      activeAnnotationId={notes.activeId}
                      run={run}
                      onMarkClick={notes.markClicked}
                      onSelectionMaybeChanged={refresh}
                      quotes={quotes}
                      linkedQuotes={linkedQuotes}
                      onQuoteActive={setActiveQuote}
                    />
                  </div>
                  {quoteCard.element}
                </>
              ) : alignment.error !== null && !alignment.pending ? (
                <p role="alert">{translateError(t, alignment.error)}</p>
              ) : (
                <p className="loading" role="status">
                  {t('document.alignment.aligning')}
                </p>
              )}
            </div>
            <SidePanel
              document={doc}
              annotations={annotations}
              activeId={notes.activeId}
              onShow={notes.show}
              onStatus={notes.setStatus}
              onDelete={notes.remove}
              threshold={project.review.mqmThreshold}
              run={run}
              gridRef={gridRef}
              grid={ready ? grid : null}
              onSelectionMaybeChanged={refresh}
              form={notes.formProps && <AnnotationForm key={notes.formKey} {...notes.formProps} />}
              quotes={ready ? quotes : null}
              quoteList={
                <QuoteList
                  document={doc}
                  quotes={ready ? quotes : null}
                  failed={quoteState.error !== null}
                  onShow={(ref) => {
                    if (!revealQuote(gridRef.current, ref)) announce(t('document.quotes.notShown'));
                  }}
                  onActive={setActiveQuote}
                  onOpenCard={quoteCard.open}
                />
              }
            />
          </div>
        </AnnotationActionsContext.Provider>
      )}
    </section>
  );
}
