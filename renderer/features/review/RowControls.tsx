import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow } from '../../../shared/align/grid';

interface RowControlsProps {
  row: GridRow;
  index: number;
  selected: boolean;
  focusable: boolean;
  className: string;
  onToggle: (index: number) => void;
  onKeyDown: (index: number, event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The start of an alignment row: a checkbox to pick it for merging, splitting or unlinking, and marks (with text
 * for screen readers) for a new paragraph, a doubtful alignment and a fix made by hand.
 */
export const RowControls = memo(function RowControls({
  row,
  index,
  selected,
  focusable,
  className,
  onToggle,
  onKeyDown,
}: RowControlsProps) {
  const { t } = useTranslation();
  return (
    <div className={`row-controls ${className}`} data-row={index}>
      <input
        type="checkbox"
        className="row-select"
        checked={selected}
        tabIndex={focusable ? 0 : -1}
        aria-label={t('document.alignment.rowLabel', { n: index + 1 })}
        onChange={() => onToggle(index)}
        onKeyDown={(e) => onKeyDown(index, e)}
      />
      <span className="row-number" aria-hidden="true">
        {index + 1}
      </span>
      {row.paragraphStart && (
        <span className="row-mark mark-paragraph" title={t('document.alignment.paragraphStart')}>
          <span aria-hidden="true">¶</span>
          <span className="visually-hidden">{t('document.alignment.paragraphStart')}</span>
        </span>
      )}
      {row.lowConfidence && (
        <span className="row-mark mark-low" title={t('document.alignment.lowConfidence')}>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{t('document.alignment.lowConfidence')}</span>
        </span>
      )}
      {row.fixed && (
        <span className="row-mark mark-fixed" title={t('document.alignment.fixedRow')}>
          <span aria-hidden="true">⚓</span>
          <span className="visually-hidden">{t('document.alignment.fixedRow')}</span>
        </span>
      )}
    </div>
  );
});
