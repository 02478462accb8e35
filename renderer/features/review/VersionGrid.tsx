import { forwardRef, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid, GridRow } from '../../../shared/align/grid';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import type { StoryDocument } from '../../../shared/model/project';
import type { Version } from '../../../shared/model/version';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import './alignment.css';
import './quotes.css';
import { marksIn } from './highlight';
import { ParagraphText, type QuoteMarkup } from './ParagraphText';
import { provenanceBadge, quoteDescription } from './quote-labels';
import type { QuoteRef } from './quote-links';
import { RowControls } from './RowControls';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';
import { VersionHeader } from './VersionHeader';

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

/** The classes every cell of a row carries, so the row reads as one across the columns. */
function rowClass(row: GridRow, selected: boolean): string {
  return [
    'row-cell',
    row.paragraphStart ? 'row-paragraph' : '',
    row.lowConfidence ? 'row-low' : '',
    row.fixed ? 'row-fixed' : '',
    selected ? 'row-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The text a cell shows: from its first sentence's start to its last one's end, so offsets map exactly. */
function cellSpan(version: Version, cell: readonly number[]) {
  const first = version.sentences[cell[0] ?? -1];
  const last = version.sentences[cell[cell.length - 1] ?? -1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * The versions of a story side by side on the rows of their alignment: each row holds, in every version, the
 * sentences that translate each other; a version with nothing there shows a marked empty cell. A first column
 * picks rows for manual fixes. Each column is a subgrid, so DOM order runs down a column (a drag selection stays in
 * one version) while rows stay level.
 */
export const VersionGrid = forwardRef<HTMLDivElement, VersionGridProps>(function VersionGrid(props, ref) {
  const {
    document: doc,
    grid,
    selectedRows,
    annotations,
    activeAnnotationId,
    run,
    onSelectionMaybeChanged,
  } = props;
  const { t } = useTranslation();
  const [focusCell, setFocusCell] = useState<Record<string, number>>({});
  const [focusControl, setFocusControl] = useState(0);
  const pointerDown = useRef(false);
  const rows = grid.rows.length;
  const idPrefix = useId();
  const linkedQuotes = props.linkedQuotes ?? NO_LINKS;
  const onQuoteActive = props.onQuoteActive;

  /** One version's quotes as its paragraphs draw them, with the texts that describe them. */
  function markupOf(col: number): { markup: QuoteMarkup[]; descriptions: string[] } {
    const own = props.quotes?.versions[col];
    if (!own) return { markup: [], descriptions: [] };
    return {
      markup: own.quotes.map((q, index) => ({
        index,
        start: q.start,
        end: q.end,
        kind: q.kind,
        badge: q.provenance ? provenanceBadge(t, q.provenance) : null,
        descriptionId: `${idPrefix}-q${col}-${index}`,
      })),
      descriptions: own.quotes.map((q) => quoteDescription(t, q)),
    };
  }

  // Focus from the keyboard selects the whole cell, so keyboard users can annotate without a mouse.
  function onFocusParagraph(event: FocusEvent<HTMLParagraphElement>) {
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
  }

  /** Arrow keys, Home and End move between the focusable items of one column. */
  function nextIndex(key: string, at: number, count: number): number | null {
    if (key === 'ArrowDown') return Math.min(count - 1, at + 1);
    if (key === 'ArrowUp') return Math.max(0, at - 1);
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    return null;
  }

  function onCellKeyDown(versionId: string, at: number, count: number, event: KeyboardEvent<HTMLElement>) {
    const next = nextIndex(event.key, at, count);
    if (next === null) return;
    event.preventDefault();
    setFocusCell((m) => ({ ...m, [versionId]: next }));
    event.currentTarget.parentElement?.querySelectorAll<HTMLElement>('.paragraph')[next]?.focus();
  }

  function onControlKeyDown(row: number, event: KeyboardEvent<HTMLInputElement>) {
    const next = nextIndex(event.key, row, rows);
    if (next === null) return;
    event.preventDefault();
    setFocusControl(next);
    const column = event.currentTarget.closest('.row-controls-column');
    column?.querySelectorAll<HTMLElement>('.row-select')[next]?.focus();
  }

  return (
    <div
      ref={ref}
      className="version-grid aligned"
      style={{
        gridTemplateColumns: `auto repeat(${doc.versions.length}, minmax(16rem, 1fr))`,
        gridTemplateRows: `auto repeat(${rows}, auto)`,
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
        style={{ gridColumn: 1, gridRow: `1 / span ${rows + 1}` }}
      >
        <div className="row-controls-header">
          <h2 id="rows-heading" className="version-label">
            {t('document.alignment.rowsHeading')}
          </h2>
        </div>
        {grid.rows.map((row, index) => (
          <RowControls
            key={index}
            row={row}
            index={index}
            selected={selectedRows.has(index)}
            focusable={index === Math.min(focusControl, rows - 1)}
            className={rowClass(row, selectedRows.has(index))}
            onToggle={props.onToggleRow}
            onKeyDown={onControlKeyDown}
          />
        ))}
      </div>
      {doc.versions.map((version, col) => {
        const label = versionLabel(t, version, col);
        const headingId = `version-heading-${col}`;
        const dir = textDirection(version.language);
        const own = marksIn(annotations, version.id);
        const filled = grid.rows.filter((r) => (r.cells[col] ?? []).length > 0).length;
        const current = Math.min(focusCell[version.id] ?? 0, Math.max(0, filled - 1));
        const { markup, descriptions } = markupOf(col);
        const linked = linkedQuotes.get(version.id);
        let seen = -1;
        return (
          <div
            key={version.id}
            role="group"
            aria-labelledby={headingId}
            className={`version-column role-${version.role}`}
            style={{ gridColumn: col + 2, gridRow: `1 / span ${rows + 1}` }}
          >
            <VersionHeader
              documentId={doc.id}
              version={version}
              label={label}
              headingId={headingId}
              run={run}
            />
            {grid.rows.map((row, index) => {
              const classes = rowClass(row, selectedRows.has(index));
              const span = cellSpan(version, row.cells[col] ?? []);
              if (!span) {
                return (
                  <div key={`empty-${index}`} className={`cell-empty ${classes}`}>
                    <span>{t('document.alignment.noCounterpart')}</span>
                  </div>
                );
              }
              seen += 1;
              const at = seen;
              return (
                <ParagraphText
                  key={`${span.start}-${span.end}`}
                  versionId={version.id}
                  text={version.text}
                  span={span}
                  lang={version.language}
                  dir={dir}
                  annotations={own}
                  activeAnnotationId={activeAnnotationId}
                  focusable={at === current}
                  className={classes}
                  onFocusParagraph={onFocusParagraph}
                  onKeyDown={(e) => onCellKeyDown(version.id, at, filled, e)}
                  onMarkClick={props.onMarkClick}
                  quotes={markup}
                  linkedQuotes={linked}
                />
              );
            })}
            {descriptions.length > 0 && (
              <div hidden className="quote-descriptions">
                {descriptions.map((text, index) => (
                  <span key={index} id={`${idPrefix}-q${col}-${index}`}>
                    {text}
                  </span>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
});
