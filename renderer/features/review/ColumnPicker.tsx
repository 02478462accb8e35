import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import type { ColumnLayout, StoryDocument } from '../../../shared/model/project';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { moveColumn, resolveColumns, setColumnHidden } from './grid-columns';
import { versionLabel } from './version-label';

interface ColumnPickerProps {
  document: StoryDocument;
  run: (command: ProjectCommand) => Promise<unknown>;
}

/** Which control to focus once the list has been re-ordered (the moved version's button, or its other one). */
interface FocusAfter {
  versionId: string;
  control: 'earlier' | 'later';
}

/**
 * Lets the reviewer choose which versions the grid shows as columns and in which order (e.g. the English source,
 * a Chinese translation, an official readout). Stored in the project, so the layout survives reloads; at least one
 * column always stays shown. Every control is a native checkbox or button, named for screen readers.
 */
export function ColumnPicker({ document: doc, run }: ColumnPickerProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const columns = resolveColumns(doc, doc.columns);
  const shown = columns.filter((c) => !c.hidden).length;
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const rtl = i18n.dir() === 'rtl';

  // Re-ordering moves the list items, which drops focus: put it back on the moved version's control.
  useEffect(() => {
    if (!focusAfter) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-version-id="${focusAfter.versionId}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`.column-${focusAfter.control}`);
    const other = item?.querySelector<HTMLButtonElement>(
      `.column-${focusAfter.control === 'earlier' ? 'later' : 'earlier'}`,
    );
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfter(null);
  }, [doc.columns, focusAfter]);

  async function save(layout: ColumnLayout, done: string): Promise<boolean> {
    try {
      await run({ type: 'document.columns', documentId: doc.id, layout });
      announce(done);
      return true;
    } catch (error) {
      announce(translateError(t, error), 'alert');
      return false;
    }
  }

  return (
    <details className="column-picker">
      <summary>{t('workspace.columns.summary', { shown, total: columns.length })}</summary>
      <p className="field-hint">{t('workspace.columns.hint')}</p>
      <ol ref={listRef} className="column-list" aria-label={t('workspace.columns.listLabel')}>
        {columns.map((c, at) => {
          const label = versionLabel(t, c.version, c.storyIndex);
          const checkboxId = `column-show-${c.version.id}`;
          return (
            <li key={c.version.id} data-version-id={c.version.id} className="column-item">
              <input
                id={checkboxId}
                type="checkbox"
                checked={!c.hidden}
                disabled={!c.hidden && shown === 1}
                aria-describedby={!c.hidden && shown === 1 ? `${checkboxId}-last` : undefined}
                onChange={(e) => {
                  const layout = setColumnHidden(columns, c.version.id, !e.target.checked);
                  if (layout) {
                    void save(
                      layout,
                      e.target.checked
                        ? t('workspace.columns.shownDone', { label })
                        : t('workspace.columns.hiddenDone', { label }),
                    );
                  }
                }}
              />
              <label htmlFor={checkboxId} dir="auto">
                {label}
              </label>
              {!c.hidden && shown === 1 && (
                <span id={`${checkboxId}-last`} className="visually-hidden">
                  {t('workspace.columns.lastShown')}
                </span>
              )}
              <span className="column-moves">
                <button
                  type="button"
                  className="column-earlier"
                  disabled={at === 0}
                  aria-label={t('workspace.columns.moveEarlier', { label })}
                  title={t('workspace.columns.moveEarlier', { label })}
                  onClick={() =>
                    void save(
                      moveColumn(columns, c.version.id, -1),
                      t('workspace.columns.movedDone', { label, n: at }),
                    ).then((ok) => ok && setFocusAfter({ versionId: c.version.id, control: 'earlier' }))
                  }
                >
                  <span aria-hidden="true">{rtl ? '→' : '←'}</span>
                </button>
                <button
                  type="button"
                  className="column-later"
                  disabled={at === columns.length - 1}
                  aria-label={t('workspace.columns.moveLater', { label })}
                  title={t('workspace.columns.moveLater', { label })}
                  onClick={() =>
                    void save(
                      moveColumn(columns, c.version.id, 1),
                      t('workspace.columns.movedDone', { label, n: at + 2 }),
                    ).then((ok) => ok && setFocusAfter({ versionId: c.version.id, control: 'later' }))
                  }
                >
                  <span aria-hidden="true">{rtl ? '←' : '→'}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
