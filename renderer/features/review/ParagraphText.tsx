import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import type { Span } from '../../../shared/model/span';
import { paragraphSegments } from './highlight';

interface ParagraphTextProps {
  versionId: string;
  text: string;
  span: Span;
  lang: string;
  dir: 'ltr' | 'rtl';
  annotations: readonly Annotation[];
  activeAnnotationId: string | null;
  focusable: boolean;
  /** Extra classes, e.g. how the alignment row it stands on is marked. */
  className?: string;
  onFocusParagraph: (event: FocusEvent<HTMLParagraphElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLParagraphElement>) => void;
  onMarkClick: (annotationId: string) => void;
}

const SEVERITY_RANK = { neutral: 0, minor: 1, major: 2, critical: 3 } as const;

/**
 * One paragraph (or one alignment row's sentences) of a version, with annotation highlights as `<mark>` runs. The element holds exactly the
 * paragraph's text and says where it starts (`data-start`), so a selection inside it maps back to exact offsets.
 */
export const ParagraphText = memo(function ParagraphText(props: ParagraphTextProps) {
  const { versionId, text, span, lang, dir, annotations, activeAnnotationId } = props;
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const segments = paragraphSegments(text, span, annotations);

  function onClick(event: MouseEvent<HTMLElement>) {
    const ids = event.currentTarget.dataset.annotations?.split(' ') ?? [];
    const first = ids[0];
    if (first && document.getSelection()?.isCollapsed !== false) props.onMarkClick(first);
  }

  return (
    <p
      className={props.className ? `paragraph ${props.className}` : 'paragraph'}
      lang={lang}
      dir={dir}
      data-version={versionId}
      data-start={span.start}
      data-end={span.end}
      tabIndex={props.focusable ? 0 : -1}
      onFocus={props.onFocusParagraph}
      onKeyDown={props.onKeyDown}
    >
      {segments.map((seg) => {
        if (seg.annotationIds.length === 0) return seg.text;
        const covering = seg.annotationIds.map((id) => byId.get(id)).filter((a) => a !== undefined);
        const worst = covering.reduce(
          (w, a) => (SEVERITY_RANK[a.severity] > SEVERITY_RANK[w] ? a.severity : w),
          covering[0]?.severity ?? 'neutral',
        );
        const active = activeAnnotationId !== null && seg.annotationIds.includes(activeAnnotationId);
        const resolved = covering.every((a) => a.status !== 'open');
        return (
          <mark
            key={seg.start}
            className={`hl sev-${worst}${active ? ' hl-active' : ''}${resolved ? ' hl-resolved' : ''}${
              seg.annotationIds.length > 1 ? ' hl-overlap' : ''
            }`}
            data-annotations={seg.annotationIds.join(' ')}
            tabIndex={-1}
            onClick={onClick}
          >
            {seg.text}
          </mark>
        );
      })}
    </p>
  );
});
