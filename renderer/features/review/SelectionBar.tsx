import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDocument } from '../../../shared/model/project';
import type { SelectionState, TextRange } from './selection';
import { versionLabel } from './version-label';

interface SelectionBarProps {
  selection: SelectionState;
  range: TextRange | null;
  document: StoryDocument;
  /** True while an annotation form is open: the selection then goes to that form instead. */
  disabled: boolean;
  onAnnotate: () => void;
}

/** The "Annotate selection" button and a line saying what is selected, or how to select. */
export const SelectionBar = forwardRef<HTMLButtonElement, SelectionBarProps>(
  function SelectionBar(props, ref) {
    const { selection, range, document: doc } = props;
    const { t } = useTranslation();
    const index = range ? doc.versions.findIndex((v) => v.id === range.versionId) : -1;
    const version = doc.versions[index];

    let hint: string;
    if (selection.kind === 'multiple') hint = t('annotations.selectionMultiple');
    else if (range && version) {
      hint = t('annotations.selectionInfo', {
        count: range.end - range.start,
        label: versionLabel(t, version, index),
      });
    } else hint = t('annotations.selectionNone');
    if (props.disabled) hint = `${hint} ${t('annotations.selectionToForm')}`;

    return (
      <div className="selection-bar">
        <button
          ref={ref}
          type="button"
          className="primary"
          disabled={!range || props.disabled}
          aria-keyshortcuts="Control+Enter"
          aria-describedby="selection-hint"
          // Keep the text selection when the button is pressed with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onAnnotate}
        >
          {t('annotations.annotateSelection')}
        </button>
        <p id="selection-hint" className="selection-hint">
          {hint}
        </p>
      </div>
    );
  },
);
