import { forwardRef, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommand } from '../../../shared/model/commands';
import type { StoryDocument } from '../../../shared/model/project';
import { ParagraphText } from './ParagraphText';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';
import { VersionHeader } from './VersionHeader';

interface VersionGridProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  activeAnnotationId: string | null;
  run: (command: ProjectCommand) => Promise<unknown>;
  onMarkClick: (annotationId: string) => void;
  onSelectionMaybeChanged: () => void;
}

/**
 * The versions of a story side by side, one column each, paragraph i of every version on row i. Each column is
 * a subgrid, so DOM order runs down a column (a drag selection stays in one version) while rows stay aligned.
 */
export const VersionGrid = forwardRef<HTMLDivElement, VersionGridProps>(function VersionGrid(props, ref) {
  const { document: doc, annotations, activeAnnotationId, run, onSelectionMaybeChanged } = props;
  const { t } = useTranslation();
  const [focusRow, setFocusRow] = useState<Record<string, number>>({});
  const pointerDown = useRef(false);
  const rows = Math.max(0, ...doc.versions.map((v) => v.paragraphs.length));

  // Focus from the keyboard selects the whole paragraph, so keyboard users can annotate without a mouse.
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

  function onKeyDown(
    versionId: string,
    row: number,
    count: number,
    event: KeyboardEvent<HTMLParagraphElement>,
  ) {
    let next = row;
    if (event.key === 'ArrowDown') next = Math.min(count - 1, row + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, row - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    setFocusRow((m) => ({ ...m, [versionId]: next }));
    const column = event.currentTarget.parentElement;
    column?.querySelectorAll<HTMLElement>('.paragraph')[next]?.focus();
  }

  return (
    <div
      ref={ref}
      className="version-grid"
      style={{
        gridTemplateColumns: `repeat(${doc.versions.length}, minmax(16rem, 1fr))`,
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
    >
      {doc.versions.map((version, col) => {
        const label = versionLabel(t, version, col);
        const headingId = `version-heading-${col}`;
        const dir = textDirection(version.language);
        const own = annotations.filter((a) => a.versionId === version.id);
        const current = Math.min(focusRow[version.id] ?? 0, Math.max(0, version.paragraphs.length - 1));
        return (
          <div
            key={version.id}
            role="group"
            aria-labelledby={headingId}
            className={`version-column role-${version.role}`}
            style={{ gridColumn: col + 1, gridRow: `1 / span ${rows + 1}` }}
          >
            <VersionHeader
              documentId={doc.id}
              version={version}
              label={label}
              headingId={headingId}
              run={run}
            />
            {Array.from({ length: rows }, (_, row) => {
              const span = version.paragraphs[row];
              if (!span) return <div key={`empty-${row}`} className="paragraph-empty" aria-hidden="true" />;
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
                  focusable={row === current}
                  onFocusParagraph={onFocusParagraph}
                  onKeyDown={(e) => onKeyDown(version.id, row, version.paragraphs.length, e)}
                  onMarkClick={props.onMarkClick}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
});
