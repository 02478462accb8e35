import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { StoryDocument } from '../../../shared/model/project';
import { isValidSplit } from './alignment-actions';
import { versionLabel } from './version-label';

interface SplitRowFormProps {
  document: StoryDocument;
  grid: AlignmentGrid;
  row: number;
  onSplit: (upper: number[]) => void;
  onCancel: () => void;
}

/** Where to cut a row: for each version, how many of its sentences stay in the upper row. */
export function SplitRowForm({ document: doc, grid, row, onSplit, onCancel }: SplitRowFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const firstRef = useRef<HTMLSelectElement>(null);
  const cells = grid.rows[row]?.cells ?? [];
  const [upper, setUpper] = useState<number[]>(() => cells.map((c) => Math.ceil(c.length / 2)));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => firstRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isValidSplit(grid, row, upper)) {
      setInvalid(true);
      return;
    }
    onSplit(upper);
  }

  let firstSelect = true;
  return (
    <form
      className="split-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{t('document.alignment.splitHeading', { n: row + 1 })}</h3>
      <p className="field-hint">{t('document.alignment.splitHint')}</p>
      {doc.versions.map((version, col) => {
        const cell = cells[col] ?? [];
        if (cell.length === 0) return null;
        const ref = firstSelect ? firstRef : undefined;
        firstSelect = false;
        return (
          <div key={version.id} className="split-field">
            <label htmlFor={`${id}-${col}`}>
              {t('document.alignment.splitVersion', { label: versionLabel(t, version, col) })}
            </label>
            <select
              id={`${id}-${col}`}
              ref={ref}
              value={upper[col] ?? 0}
              onChange={(e) => {
                const value = Number(e.target.value);
                setUpper((u) => u.map((v, k) => (k === col ? value : v)));
                setInvalid(false);
              }}
            >
              {Array.from({ length: cell.length + 1 }, (_, n) => {
                const sentence = version.sentences[cell[n - 1] ?? -1];
                const words = sentence ? version.text.slice(sentence.start, sentence.end) : '';
                const excerpt = words.length > 40 ? `…${words.slice(-40)}` : words;
                return (
                  <option key={n} value={n}>
                    {n === 0
                      ? t('document.alignment.splitNone')
                      : t('document.alignment.splitAfter', { n, excerpt })}
                  </option>
                );
              })}
            </select>
          </div>
        );
      })}
      {invalid && (
        <p role="alert" className="field-error">
          {t('document.alignment.splitInvalid')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('document.alignment.splitApply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
