import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Span } from '../../../shared/model/span';
import type { QuoteKind } from '../../../shared/quotes/types';
import type { AnnotationMark, TextSegment } from './highlight';
import { paragraphTree, type ParagraphNode } from './quote-segments';

/** A quote as a paragraph draws it: where it is, its kind, the badge after it and what describes it to a screen reader. */
export interface QuoteMarkup {
  index: number;
  start: number;
  end: number;
  kind: QuoteKind;
  /** Who translated it, shown after the quote; null when nothing is known. */
  badge: string | null;
  /** The id of the element whose text describes the quote (kind, speaker, translator). */
  descriptionId: string;
}

interface ParagraphTextProps {
  versionId: string;
  text: string;
  span: Span;
  lang: string;
  dir: 'ltr' | 'rtl';
  annotations: readonly AnnotationMark[];
  activeAnnotationId: string | null;
  focusable: boolean;
  /** Extra classes, e.g. how the alignment row it stands on is marked. */
  className?: string;
  /** The alignment row it stands on (`data-row`), so keyboard moves and reveals can find it. */
  row?: number;
  onFocusParagraph: (event: FocusEvent<HTMLParagraphElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLParagraphElement>) => void;
  onMarkClick: (annotationId: string) => void;
  /** The version's quotes (any of them; those outside the paragraph are ignored). */
  quotes?: readonly QuoteMarkup[];
  /** Indices of quotes to show as counterparts of the quote under the pointer or focus. */
  linkedQuotes?: readonly number[];
}

const SEVERITY_RANK = { neutral: 0, minor: 1, major: 2, critical: 3 } as const;

/**
 * One paragraph (or one alignment row's sentences) of a version, with annotation highlights as `<mark>` runs inside
 * quote spans. The element holds exactly the paragraph's text and says where it starts (`data-start`), so a
 * selection inside it maps back to exact offsets.
 */
export const ParagraphText = memo(function ParagraphText(props: ParagraphTextProps) {
  const { versionId, text, span, lang, dir, annotations, activeAnnotationId } = props;
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const quotes = props.quotes ?? [];
  const quoteByIndex = new Map(quotes.map((q) => [q.index, q]));
  const linked = new Set(props.linkedQuotes ?? []);
  const tree = paragraphTree(text, span, annotations, quotes);

  function onClick(event: MouseEvent<HTMLElement>) {
    const ids = event.currentTarget.dataset.annotations?.split(' ') ?? [];
    const first = ids[0];
    if (first && document.getSelection()?.isCollapsed !== false) props.onMarkClick(first);
  }

  function renderSegment(seg: TextSegment): ReactNode {
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
  }

  function renderNode(node: ParagraphNode): ReactNode {
    if (node.type === 'text') return renderSegment(node.segment);
    const quote = quoteByIndex.get(node.index);
    const badge = node.closes ? (quote?.badge ?? null) : null;
    return (
      <span
        key={`q${node.index}-${node.start}`}
        className={`quote quote-${quote?.kind ?? 'speech'}${linked.has(node.index) ? ' quote-linked' : ''}${
          badge ? ' quote-badged' : ''
        }`}
        data-quote={node.index}
        // The badge is drawn by CSS from this attribute, so it never becomes part of the text (offsets stay exact).
        data-badge={badge ?? undefined}
        aria-describedby={quote?.descriptionId}
        tabIndex={-1}
      >
        {node.children.map(renderNode)}
      </span>
    );
  }

  return (
    <p
      className={props.className ? `paragraph ${props.className}` : 'paragraph'}
      lang={lang}
      dir={dir}
      data-version={versionId}
      data-start={span.start}
      data-end={span.end}
      data-row={props.row}
      tabIndex={props.focusable ? 0 : -1}
      onFocus={props.onFocusParagraph}
      onKeyDown={props.onKeyDown}
    >
      {tree.map(renderNode)}
    </p>
  );
});
