import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { StoryDocument } from '../../../shared/model/project';
import {
  areAdjacent,
  canMoveSentence,
  canSplit,
  canUnlink,
  fixesOf,
  type MoveDirection,
} from './alignment-actions';
import { visibleColumns } from './grid-columns';
import { versionLabel } from './version-label';

interface AlignmentBarProps {
  grid: AlignmentGrid;
  /** The story, for the names and order of the columns a sentence can be moved in. */
  document: StoryDocument;
  selectedRows: ReadonlySet<number>;
  busy: boolean;
  onMerge: () => void;
  onSplit: () => void;
  onUnlink: () => void;
  onUnfix: () => void;
  /** Moves a sentence of the version in grid column `col` of the picked row into the row above or below. */
  onMove: (col: number, direction: MoveDirection) => void;
  onClear: () => void;
}

/** The manual alignment tools for the picked rows, what is picked, and how the alignment looks overall. */
export function AlignmentBar({ grid, document: doc, selectedRows, busy, ...on }: AlignmentBarProps) {
  const { t } = useTranslation();
  const moveId = useId();
  const [moveVersion, setMoveVersion] = useState<string | null>(null);
  const rows = [...selectedRows].sort((a, b) => a - b);
  const picked = rows.map((r) => grid.rows[r]).filter((r) => r !== undefined);
  const sourceCol = grid.versionIds.indexOf(grid.sourceVersionId ?? '');
  const hasSource = picked.some((r) => (r.cells[sourceCol] ?? []).length > 0);
  const canMerge = rows.length >= 2 && areAdjacent(rows) && hasSource;
  const single = picked.length === 1 ? picked[0] : undefined;
  const empty = grid.rows.filter((r) => r.cells.some((c) => c.length === 0)).length;
  const low = grid.rows.filter((r) => r.lowConfidence).length;
  const fixed = grid.rows.filter((r) => r.fixed).length;
  const singleRow = single ? (rows[0] as number) : -1;
  // The versions with text in the picked row, in column order; the chosen one, else the first.
  const movable = single
    ? visibleColumns(doc, doc.columns).flatMap((c) => {
        const col = grid.versionIds.indexOf(c.version.id);
        return col >= 0 && (single.cells[col] ?? []).length > 0 ? [{ ...c, col }] : [];
      })
    : [];
  const moving = movable.find((c) => c.version.id === moveVersion) ?? movable[0];
  const canMove = (direction: MoveDirection) =>
    !busy && moving !== undefined && canMoveSentence(grid, singleRow, moving.col, direction);

  let hint = t('document.alignment.selectHint');
  if (rows.length >= 2 && !areAdjacent(rows)) hint = t('document.alignment.needAdjacent');
  else if (rows.length > 0) hint = t('document.alignment.selected', { n: rows.length });

  return (
    <div className="alignment-bar" role="toolbar" aria-label={t('document.alignment.toolbar')}>
      <div className="alignment-actions">
        <button type="button" disabled={busy || !canMerge} onClick={on.onMerge}>
          {t('document.alignment.merge')}
        </button>
        <button type="button" disabled={busy || !single || !canSplit(single)} onClick={on.onSplit}>
          {t('document.alignment.split')}
        </button>
        <button
          type="button"
          disabled={busy || picked.length === 0 || !picked.every((r) => canUnlink(grid, r))}
          onClick={on.onUnlink}
        >
          {t('document.alignment.unlink')}
        </button>
        <button type="button" disabled={busy || fixesOf(grid, rows).length === 0} onClick={on.onUnfix}>
          {t('workspace.alignment.removeFix')}
        </button>
        {rows.length > 0 && (
          <button type="button" className="link-button" onClick={on.onClear}>
            {t('document.alignment.clearSelection')}
          </button>
        )}
      </div>
      {single && moving && (
        <div className="move-sentence" role="group" aria-label={t('workspace.alignment.moveGroup')}>
          <label htmlFor={moveId}>{t('workspace.alignment.moveIn')}</label>
          <select id={moveId} value={moving.version.id} onChange={(e) => setMoveVersion(e.target.value)}>
            {movable.map((c) => (
              <option key={c.version.id} value={c.version.id}>
                {versionLabel(t, c.version, c.storyIndex)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!canMove('up')} onClick={() => on.onMove(moving.col, 'up')}>
            {t('workspace.alignment.moveUp')}
          </button>
          <button type="button" disabled={!canMove('down')} onClick={() => on.onMove(moving.col, 'down')}>
            {t('workspace.alignment.moveDown')}
          </button>
        </div>
      )}
      <p className="alignment-hint" aria-live="polite">
        {hint}
      </p>
      <p className="alignment-summary">
        <span>{t('document.alignment.summaryRows', { n: grid.rows.length })}</span>
        <span className="summary-empty">{t('document.alignment.summaryEmpty', { n: empty })}</span>
        <span className="summary-low">{t('document.alignment.summaryLow', { n: low })}</span>
        <span className="summary-fixed">{t('document.alignment.summaryFixed', { n: fixed })}</span>
      </p>
      {grid.unplaced.length > 0 && (
        <details className="unplaced-fixes" role="note">
          <summary>{t('document.alignment.unplaced', { n: grid.unplaced.length })}</summary>
          <ul>
            {grid.unplaced.map((u, k) => (
              <li key={k}>
                <q>{u.fix.srcText || '—'}</q> ↔ <q>{u.fix.tgtText || '—'}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
