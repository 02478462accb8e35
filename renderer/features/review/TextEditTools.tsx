import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { StoryDocument } from '../../../shared/model/project';
import { EditTextForm } from './EditTextForm';
import { textDirection } from './text-direction';
import { cellElement, useEditText, type CellRef } from './use-edit-text';
import { versionLabel } from './version-label';
import './textedit.css';

interface TextEditToolsProps {
  gridRef: RefObject<HTMLElement | null>;
  document: StoryDocument;
  annotations: readonly Annotation[];
  grid: AlignmentGrid;
  run: (command: ProjectCommandInput) => Promise<unknown>;
}

/** The 1-based grid row a cell stands on (its `data-row`), when the cell is drawn. */
function rowOf(root: HTMLElement | null, cell: CellRef): number | null {
  const row = Number(cellElement(root, cell.versionId, cell.start)?.dataset.row);
  return Number.isInteger(row) && row >= 0 ? row + 1 : null;
}

/** "Edit text" for the cell the reviewer is on (button or F2), and the editor it opens above the grid. */
export function TextEditTools({ gridRef, document: doc, annotations, grid, run }: TextEditToolsProps) {
  const { t } = useTranslation();
  const edit = useEditText({ gridRef, document: doc, annotations, grid, run });
  const describe = (cell: CellRef | null) => {
    const index = cell ? doc.versions.findIndex((v) => v.id === cell.versionId) : -1;
    const version = doc.versions[index];
    return version && cell
      ? { version, label: versionLabel(t, version, index), row: rowOf(gridRef.current, cell) }
      : null;
  };
  const current = describe(edit.cell);
  const editing = edit.editing;
  const target = describe(editing);

  return (
    <>
      <div className="textedit-bar" role="group" aria-label={t('textedit.toolbar')}>
        <button
          ref={edit.buttonRef}
          type="button"
          disabled={!edit.cell || !current || editing !== null || edit.busy}
          aria-keyshortcuts="F2"
          aria-describedby="textedit-target"
          onClick={() => {
            if (edit.cell) edit.open(edit.cell);
          }}
        >
          {t('textedit.edit')}
        </button>
        <p id="textedit-target" className="field-hint">
          {current
            ? current.row === null
              ? t('textedit.target', { label: current.label })
              : t('textedit.targetRow', { label: current.label, row: current.row })
            : t('textedit.noTarget')}
        </p>
      </div>
      {editing && target && (
        <EditTextForm
          key={`${editing.versionId}:${editing.start}:${editing.end}`}
          label={target.label}
          row={target.row}
          lang={target.version.language}
          dir={textDirection(target.version.language)}
          text={editing.original}
          busy={edit.busy}
          onSave={edit.save}
          onCancel={edit.cancel}
        />
      )}
    </>
  );
}
