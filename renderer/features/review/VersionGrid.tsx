import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid, GridRow } from '../../../shared/align/grid';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import type { StoryDocument } from '../../../shared/model/project';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import './alignment.css';
import './quotes.css';
import { marksIn, type AnnotationMark } from './highlight';
import { GridColumn, rowClass } from './grid-column';
import { visibleColumns } from './grid-columns';
import { registerGrid } from './grid-registry';
import { columnCells, firstFilledFrom, rowOfOffset, stepRow, type ColumnCells } from './grid-rows';
import type { QuoteRef } from './quote-links';
import { RowControls } from './RowControls';
import { useGridWindow } from './use-grid-window';
import { versionLabel } from './version-label';

interface VersionGridProps {
  document: StoryDocument;
  grid: AlignmentGrid;
  selectedRows: ReadonlySet<number>;
  onToggleRow: (row: number) => void;
  annotations: readonly Annotation[];
  activeAnnotationId: string | null;
  run: (command: ProjectCommand) => Promise<unknown>;
  onMarkClick: (annotationId: string) => void;
  onSelectionMaybeChanged: () => void;
  /** Every version's quotes, highlighted in the text; null while main is still finding them. */
  quotes?: DocumentQuotes | null;
  /** Per version, the quotes to show as counterparts of the one under the pointer or focus. */
  linkedQuotes?: ReadonlyMap<string, number[]>;
  /** Told which quote the pointer or focus is on (null when it leaves the quotes). */
  onQuoteActive?: (ref: QuoteRef | null) => void;
}

/** The quote (by version and index) an event happened in, if any. */
function quoteAt(target: EventTarget | null): QuoteRef | null {
  if (!(target instanceof Element)) return null;
  const quote = target.closest<HTMLElement>('.quote[data-quote]');
  const versionId = quote?.closest<HTMLElement>('[data-version]')?.dataset.version;
  const index = Number(quote?.dataset.quote);
  return versionId && Number.isInteger(index) ? { versionId, index } : null;
}

const NO_LINKS: ReadonlyMap<string, number[]> = new Map();
const NO_MARKS: readonly AnnotationMark[] = [];

/** Where the roving Tab stop of a column goes: the remembered row if drawn, else the column's first drawn cell. */
function tabRow(cells: ColumnCells, wanted: number | undefined, from: number, to: number): number | null {
  if (wanted !== undefined && wanted >= from && wanted < to && firstFilledFrom(cells, wanted) === wanted) {
    return wanted;
  }
  const first = firstFilledFrom(cells, from);
  return first !== null && first < to ? first : null;
}

/**
 * The versions of a story side by side on the rows of their alignment, in the columns and order the reviewer chose:
 * each row holds, in every version, the sentences that translate each other; a version with nothing there shows a
 * marked empty cell. A first column picks rows for manual fixes. Each column is a subgrid, so DOM order runs down a
 * column (a drag selection stays in one version) while rows stay level, and one grid scrolls all columns together.
 * Long documents draw only the rows near the screen (see useGridWindow).
 */
export const VersionGrid = forwardRef<HTMLDivElement, VersionGridProps>(function VersionGrid(props, ref) {
  const { document: doc, grid, selectedRows, annotations, run, onSelectionMaybeChanged } = props;
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => rootRef.current as HTMLDivElement, []);
  const [focusCell, setFocusCell] = useState<Record<string, number>>({});
  const [focusControl, setFocusControl] = useState(0);
  const pointerDown = useRef(false);
  const rows = grid.rows.length;
  const idPrefix = useId();
  const linkedQuotes = props.linkedQuotes ?? NO_LINKS;
  const onQuoteActive = props.onQuoteActive;
  const { window: win, offsets, showRow } = useGridWindow(rootRef, rows);

  const columns = useMemo(
    () =>
      visibleColumns(doc, doc.columns).flatMap((entry) => {
        const col = grid.versionIds.indexOf(entry.version.id);
        return col < 0 ? [] : [{ ...entry, col }];
      }),
    [doc, grid],
  );
  const cellsByVersion = useMemo(
    () => new Map(columns.map((c) => [c.version.id, columnCells(grid, c.col, c.version)])),
    [columns, grid],
  );
  const marksByVersion = useMemo(
    () => new Map(columns.map((c) => [c.version.id, marksIn(annotations, c.version.id)])),
    [columns, annotations],
  );

  // Code outside (reveal.ts, focus after a fix) can have rows drawn that are scrolled away.
  const latest = useRef({ annotations, cellsByVersion, quotes: props.quotes, showRow });
  latest.current = { annotations, cellsByVersion, quotes: props.quotes, showRow };
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const showAt = (versionId: string, offset: number) => {
      const cells = latest.current.cellsByVersion.get(versionId);
      const row = cells ? rowOfOffset(cells, offset) : null;
      if (row === null) return false;
      latest.current.showRow(row);
      return true;
    };
    registerGrid(root, {
      showRow: (row) => latest.current.showRow(row),
      showAnnotation: (id) => {
        const a = latest.current.annotations.find((x) => x.id === id);
        return (a?.spans ?? []).some((s) => !s.detached && showAt(s.versionId, s.start));
      },
      showQuote: (q) => {
        const quote = latest.current.quotes?.versions.find((v) => v.versionId === q.versionId)?.quotes[
          q.index
        ];
        return quote ? showAt(q.versionId, quote.start) : false;
      },
    });
    return () => registerGrid(root, null);
  }, []);

  // Focus from the keyboard selects the whole cell, so keyboard users can annotate without a mouse.
  const onFocusParagraph = useCallback(
    (event: FocusEvent<HTMLParagraphElement>) => {
      if (pointerDown.current || event.target !== event.currentTarget) return;
      const paragraph = event.currentTarget;
      // After the focus change has settled: some engines move the selection to the newly focused element.
      window.setTimeout(() => {
        if (document.activeElement !== paragraph) return;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        onSelectionMaybeChanged();
      }, 0);
    },
    [onSelectionMaybeChanged],
  );

  /** Arrow keys, Home and End move down a column to its next cell with text, drawing it first if needed. */
  const onCellKeyDown = useCallback((event: KeyboardEvent<HTMLParagraphElement>) => {
    const versionId = event.currentTarget.dataset.version ?? '';
    const row = Number(event.currentTarget.dataset.row);
    const cells = latest.current.cellsByVersion.get(versionId);
    const next = cells ? stepRow(cells, row, event.key) : null;
    if (next === null || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const column = event.currentTarget.closest('.version-column');
    flushSync(() => {
      setFocusCell((m) => ({ ...m, [versionId]: next }));
      latest.current.showRow(next);
    });
    column?.querySelector<HTMLElement>(`.paragraph[data-row="${next}"]`)?.focus();
  }, []);

  const onControlKeyDown = useCallback(
    (row: number, event: KeyboardEvent<HTMLInputElement>) => {
      let next: number | null = null;
      if (event.key === 'ArrowDown') next = Math.min(rows - 1, row + 1);
      else if (event.key === 'ArrowUp') next = Math.max(0, row - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = rows - 1;
      if (next === null) return;
      event.preventDefault();
      const target = next;
      const column = event.currentTarget.closest('.row-controls-column');
      flushSync(() => {
        setFocusControl(target);
        latest.current.showRow(target);
      });
      column?.querySelector<HTMLElement>(`.row-controls[data-row="${target}"] .row-select`)?.focus();
    },
    [rows],
  );

  const drawn = win.to - win.from;
  const top = offsets[win.from] ?? 0;
  const bottom = (offsets[rows] ?? 0) - (offsets[win.to] ?? 0);
  const controlStop = Math.min(Math.max(focusControl, win.from), Math.max(win.from, win.to - 1));

  return (
    <div
      ref={rootRef}
      className="version-grid aligned"
      data-rows={rows}
      data-drawn={drawn}
      style={{
        gridTemplateColumns: `auto repeat(${columns.length}, minmax(16rem, 1fr))`,
        gridTemplateRows: `auto ${top}px repeat(${drawn}, auto) ${bottom}px`,
      }}
      onMouseDown={() => {
        pointerDown.current = true;
      }}
      onMouseUp={() => {
        pointerDown.current = false;
        props.onSelectionMaybeChanged();
      }}
      onKeyUp={props.onSelectionMaybeChanged}
      onMouseOver={onQuoteActive ? (e) => onQuoteActive(quoteAt(e.target)) : undefined}
      onMouseLeave={onQuoteActive ? () => onQuoteActive(null) : undefined}
      onFocus={onQuoteActive ? (e) => onQuoteActive(quoteAt(e.target)) : undefined}
      onBlur={onQuoteActive ? () => onQuoteActive(null) : undefined}
    >
      <div
        role="group"
        aria-labelledby="rows-heading"
        className="row-controls-column"
        data-rows={rows}
        style={{ gridColumn: 1, gridRow: '1 / -1' }}
      >
        <div className="row-controls-header">
          <h2 id="rows-heading" className="version-label">
            {t('document.alignment.rowsHeading')}
          </h2>
        </div>
        <div className="grid-spacer" aria-hidden="true" />
        {grid.rows.slice(win.from, win.to).map((row: GridRow, k) => {
          const index = win.from + k;
          return (
            <RowControls
              key={index}
              row={row}
              index={index}
              selected={selectedRows.has(index)}
              focusable={index === controlStop}
              className={rowClass(row, selectedRows.has(index))}
              onToggle={props.onToggleRow}
              onKeyDown={onControlKeyDown}
            />
          );
        })}
        <div className="grid-spacer" aria-hidden="true" />
      </div>
      {columns.map((entry, drawnAt) => {
        const { version, col, storyIndex } = entry;
        const cells = cellsByVersion.get(version.id);
        return (
          <GridColumn
            key={version.id}
            documentId={doc.id}
            version={version}
            col={col}
            gridColumn={drawnAt + 2}
            label={versionLabel(t, version, storyIndex)}
            headingId={`version-heading-${storyIndex}`}
            grid={grid}
            window={win}
            selectedRows={selectedRows}
            annotations={marksByVersion.get(version.id) ?? NO_MARKS}
            activeAnnotationId={props.activeAnnotationId}
            focusRow={cells ? tabRow(cells, focusCell[version.id], win.from, win.to) : null}
            quotes={props.quotes?.versions.find((v) => v.versionId === version.id)}
            linkedQuotes={linkedQuotes.get(version.id)}
            idPrefix={idPrefix}
            run={run}
            onFocusParagraph={onFocusParagraph}
            onCellKeyDown={onCellKeyDown}
            onMarkClick={props.onMarkClick}
          />
        );
      })}
    </div>
  );
});
