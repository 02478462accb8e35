import { memo, useMemo, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid, GridRow } from '../../../shared/align/grid';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import type { Version } from '../../../shared/model/version';
import type { VersionQuotes } from '../../../shared/quotes/document-quotes';
import type { AnnotationMark } from './highlight';
import type { RowWindow } from './grid-window';
import { ParagraphText, type QuoteMarkup } from './ParagraphText';
import { provenanceBadge, quoteDescription } from './quote-labels';
import { textDirection } from './text-direction';
import { VersionHeader } from './VersionHeader';

/** The classes every cell of a row carries, so the row reads as one across the columns. */
export function rowClass(row: GridRow, selected: boolean): string {
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

interface GridColumnProps {
  documentId: string;
  version: Version;
  /** The version's column in the alignment (`grid.versionIds` order), which may differ from where it is drawn. */
  col: number;
  /** Where the column is drawn (1-based CSS grid column). */
  gridColumn: number;
  label: string;
  headingId: string;
  grid: AlignmentGrid;
  window: RowWindow;
  selectedRows: ReadonlySet<number>;
  annotations: readonly AnnotationMark[];
  activeAnnotationId: string | null;
  /** The row whose cell takes Tab focus in this column. */
  focusRow: number | null;
  quotes: VersionQuotes | undefined;
  linkedQuotes: readonly number[] | undefined;
  idPrefix: string;
  run: (command: ProjectCommand) => Promise<unknown>;
  onFocusParagraph: (event: FocusEvent<HTMLParagraphElement>) => void;
  onCellKeyDown: (event: KeyboardEvent<HTMLParagraphElement>) => void;
  onMarkClick: (annotationId: string) => void;
}

/**
 * One version's column of the grid: its header and the cells of the drawn rows, each placed on its own grid line so
 * the spacer tracks above and below stand for the rows not drawn. The column takes its language's direction, so a
 * right-to-left version lays out right to left (header, text, empty cells, badges).
 */
export const GridColumn = memo(function GridColumn(props: GridColumnProps) {
  const { version, col, grid, window: win, selectedRows, idPrefix } = props;
  const { t, i18n } = useTranslation();
  const dir = textDirection(version.language);
  const uiDir = i18n.dir();

  const { markup, quoteList } = useMemo(() => {
    const list = props.quotes?.quotes ?? [];
    return {
      quoteList: list,
      markup: list.map((q, index): QuoteMarkup => ({
        index,
        start: q.start,
        end: q.end,
        kind: q.kind,
        badge: q.provenance ? provenanceBadge(t, q.provenance) : null,
        descriptionId: `${idPrefix}-q${col}-${index}`,
      })),
    };
  }, [props.quotes, t, idPrefix, col]);

  const cells = [];
  let drawnStart = Infinity;
  let drawnEnd = -Infinity;
  for (let index = win.from; index < win.to; index++) {
    const row = grid.rows[index] as GridRow;
    const classes = rowClass(row, selectedRows.has(index));
    const span = cellSpan(version, row.cells[col] ?? []);
    if (!span) {
      cells.push(
        <div key={`empty-${index}`} className={`cell-empty ${classes}`} data-row={index}>
          <span dir={uiDir}>{t('document.alignment.noCounterpart')}</span>
        </div>,
      );
      continue;
    }
    drawnStart = Math.min(drawnStart, span.start);
    drawnEnd = Math.max(drawnEnd, span.end);
    cells.push(
      <ParagraphText
        key={`${span.start}-${span.end}`}
        versionId={version.id}
        text={version.text}
        span={span}
        lang={version.language}
        dir={dir}
        annotations={props.annotations}
        activeAnnotationId={props.activeAnnotationId}
        focusable={index === props.focusRow}
        className={classes}
        row={index}
        onFocusParagraph={props.onFocusParagraph}
        onKeyDown={props.onCellKeyDown}
        onMarkClick={props.onMarkClick}
        quotes={markup}
        linkedQuotes={props.linkedQuotes}
      />,
    );
  }
  // Only the drawn quotes need their descriptions in the DOM.
  const described = quoteList.flatMap((q, index) =>
    q.end > drawnStart && q.start < drawnEnd ? [{ index, text: quoteDescription(t, q) }] : [],
  );

  return (
    <div
      role="group"
      aria-labelledby={props.headingId}
      className={`version-column role-${version.role}`}
      dir={dir}
      data-column={version.id}
      style={{ gridColumn: props.gridColumn, gridRow: '1 / -1' }}
    >
      <div dir={uiDir} className="version-header-wrap">
        <VersionHeader
          documentId={props.documentId}
          version={version}
          label={props.label}
          headingId={props.headingId}
          run={props.run}
        />
      </div>
      <div className="grid-spacer" aria-hidden="true" />
      {cells}
      <div className="grid-spacer" aria-hidden="true" />
      {described.length > 0 && (
        <div hidden className="quote-descriptions">
          {described.map((d) => (
            <span key={d.index} id={`${idPrefix}-q${col}-${d.index}`}>
              {d.text}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});
