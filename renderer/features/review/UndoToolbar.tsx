import { useTranslation } from 'react-i18next';
import { actionName } from './action-labels';
import type { UndoState } from './use-undo';

/** Undo and Redo buttons whose names say which change they will undo or redo. */
export function UndoToolbar({ state }: { state: UndoState }) {
  const { t } = useTranslation();
  const { undo, redo } = state.history;
  // With nothing to undo the name stays the visible word; the tooltip says why the button is off.
  const undoName = undo ? t('annotations.undoAction', { action: actionName(t, undo) }) : undefined;
  const redoName = redo ? t('annotations.redoAction', { action: actionName(t, redo) }) : undefined;
  return (
    <div className="undo-toolbar" role="group" aria-label={t('annotations.historyGroup')}>
      <button
        type="button"
        disabled={!undo || state.busy}
        aria-label={undoName}
        title={undoName ?? t('annotations.nothingToUndo')}
        aria-keyshortcuts="Control+Z"
        onClick={() => void state.undo()}
      >
        <span aria-hidden="true" className="undo-icon">
          ↶
        </span>{' '}
        {t('annotations.undo')}
      </button>
      <button
        type="button"
        disabled={!redo || state.busy}
        aria-label={redoName}
        title={redoName ?? t('annotations.nothingToRedo')}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={() => void state.redo()}
      >
        <span aria-hidden="true" className="undo-icon">
          ↷
        </span>{' '}
        {t('annotations.redo')}
      </button>
    </div>
  );
}
