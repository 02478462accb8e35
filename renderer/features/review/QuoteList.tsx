import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDocument } from '../../../shared/model/project';
import type { DocumentQuotes, QuoteView, VersionQuotes } from '../../../shared/quotes/document-quotes';
import type { Version } from '../../../shared/model/version';
import { uiDirection } from '../../i18n';
import { usePagedCount } from './paging';
import type { QuoteRef } from './quote-links';
import { isolate, provenanceBadge, quoteKindName } from './quote-labels';
import { ShowMore } from './ShowMore';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';

interface QuoteListProps {
  document: StoryDocument;
  quotes: DocumentQuotes | null;
  /** Set when main could not find the quotes; the text is still shown without them. */
  failed: boolean;
  onShow: (ref: QuoteRef) => void;
  onActive: (ref: QuoteRef | null) => void;
  /** Opens the quote card; the button that asked gets focus back when the card closes. */
  onOpenCard?: (ref: QuoteRef, opener: HTMLElement) => void;
}

const EXCERPT = 80;

/** A quote's words, shortened for the side panel. */
function excerpt(version: Version, quote: QuoteView): string {
  const words = version.text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
  return words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1)}…` : words;
}

/** The button that opens a quote's card, named with the quote's words so a list of them can be told apart. */
function CardButton(props: {
  version: Version;
  quote: QuoteView;
  refTo: QuoteRef;
  onOpenCard?: (ref: QuoteRef, opener: HTMLElement) => void;
}) {
  const { t } = useTranslation();
  const { onOpenCard, refTo } = props;
  if (!onOpenCard) return null;
  return (
    <button
      type="button"
      className="quote-card-open"
      aria-label={t('quotecard.openNamed', { excerpt: excerpt(props.version, props.quote) })}
      onClick={(event) => onOpenCard(refTo, event.currentTarget)}
    >
      {t('quotecard.open')}
    </button>
  );
}

/** A button naming one quote; hovering or focusing it lights the quote and its counterparts in the grid. */
function QuoteButton(props: {
  version: Version;
  quote: QuoteView;
  refTo: QuoteRef;
  onShow: (ref: QuoteRef) => void;
  onActive: (ref: QuoteRef | null) => void;
}) {
  const { version, quote, refTo } = props;
  return (
    <button
      type="button"
      className="quote-show"
      onClick={() => props.onShow(refTo)}
      onMouseEnter={() => props.onActive(refTo)}
      onMouseLeave={() => props.onActive(null)}
      onFocus={() => props.onActive(refTo)}
      onBlur={() => props.onActive(null)}
    >
      <span lang={version.language} dir={textDirection(version.language)}>
        {excerpt(version, quote)}
      </span>
    </button>
  );
}

type Label = (versionId: string) => string;
type Presence = ReadonlyMap<string, number | null>;

/**
 * For every source quote, which version holds its counterpart (the target quote's index, or null when missing),
 * built once per result so a long list never searches the links per entry.
 */
function presenceTable(quotes: DocumentQuotes): (sourceIndex: number) => Presence {
  const byVersion = quotes.versions
    .filter((v) => v.versionId !== quotes.sourceVersionId && v.matching !== null)
    .map((v) => {
      const targets = new Map<number, number>();
      for (const link of v.matching?.links ?? [])
        if (!targets.has(link.source)) targets.set(link.source, link.target);
      return { versionId: v.versionId, targets };
    });
  return (sourceIndex) => new Map(byVersion.map((v) => [v.versionId, v.targets.get(sourceIndex) ?? null]));
}

interface EntryActions {
  onShow: (ref: QuoteRef) => void;
  onActive: (ref: QuoteRef | null) => void;
  onOpenCard?: (ref: QuoteRef, opener: HTMLElement) => void;
}

/** The source's top-level quotes, a page at a time, each with its kind, speaker, translator and presence elsewhere. */
function SourceEntries(
  props: EntryActions & {
    source: Version;
    top: readonly { q: QuoteView; i: number }[];
    presence: (sourceIndex: number) => Presence;
    label: Label;
  },
) {
  const { t, i18n } = useTranslation();
  const uiDir = uiDirection(i18n.language);
  const { source, label } = props;
  const paged = usePagedCount(props.top.length);
  const listRef = useRef<HTMLOListElement>(null);
  return (
    <>
      <ol className="quote-entries" ref={listRef}>
        {props.top.slice(0, paged.shown).map(({ q, i }) => {
          const presence = props.presence(i);
          const refTo = { versionId: source.id, index: i };
          return (
            <li key={i} className={`quote-entry quote-entry-${q.kind}`}>
              <QuoteButton
                version={source}
                quote={q}
                refTo={refTo}
                onShow={props.onShow}
                onActive={props.onActive}
              />
              <p className="quote-facts">
                <span>{quoteKindName(t, q.kind)}</span>
                {q.speaker && (
                  <span>{t('document.quotes.speaker', { name: isolate(q.speaker, uiDir) })}</span>
                )}
                {q.provenance && <span className="quote-badge">{provenanceBadge(t, q.provenance)}</span>}
                <CardButton version={source} quote={q} refTo={refTo} onOpenCard={props.onOpenCard} />
              </p>
              {presence.size > 0 && (
                <ul className="quote-presence">
                  {[...presence].map(([versionId, target]) => (
                    <li key={versionId} className={target === null ? 'quote-absent' : 'quote-present'}>
                      <span aria-hidden="true">{target === null ? '✗ ' : '✓ '}</span>
                      {target === null
                        ? t('document.quotes.missingIn', { version: label(versionId) })
                        : t('document.quotes.foundIn', { version: label(versionId) })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <ShowMore paged={paged} listRef={listRef} />
    </>
  );
}

/** What one other version lacks and adds: exact counts, and its added quotes a page at a time. */
function VersionSummary(props: EntryActions & { version: Version; quotes: VersionQuotes; label: Label }) {
  const { t, i18n } = useTranslation();
  const uiDir = uiDirection(i18n.language);
  const { version, quotes: v } = props;
  const missing = v.matching?.missing.length ?? 0;
  const extra = v.matching?.extra ?? [];
  const paged = usePagedCount(extra.length);
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <div className="quote-version-summary">
      <h3>{props.label(v.versionId)}</h3>
      <p>
        {t('document.quotes.missingCount', { count: missing })}{' '}
        {t('document.quotes.extraCount', { count: extra.length })}
      </p>
      {extra.length > 0 && (
        <>
          <ul className="quote-extra" ref={listRef}>
            {extra.slice(0, paged.shown).map((j) => {
              const q = v.quotes[j];
              const refTo = { versionId: v.versionId, index: j };
              return q ? (
                <li key={j}>
                  <QuoteButton
                    version={version}
                    quote={q}
                    refTo={refTo}
                    onShow={props.onShow}
                    onActive={props.onActive}
                  />
                  <span className="quote-facts">
                    {q.speaker && (
                      <span>{t('document.quotes.speaker', { name: isolate(q.speaker, uiDir) })}</span>
                    )}
                    <CardButton version={version} quote={q} refTo={refTo} onOpenCard={props.onOpenCard} />
                  </span>
                </li>
              ) : null;
            })}
          </ul>
          <ShowMore paged={paged} listRef={listRef} />
        </>
      )}
    </div>
  );
}

/**
 * The story's quotes at a glance: each source quote with its kind, speaker and translator, whether every other
 * version has it, and the quotes a version added; each opens its quote card. Names and labels inside translated
 * sentences are bidi-isolated, so the list reads right in Arabic. Long lists draw a page at a time (counts stay
 * exact); every quote stays reachable from the text too, where clicking it opens its card.
 */
export function QuoteList({ document: doc, quotes, failed, onShow, onActive, onOpenCard }: QuoteListProps) {
  const { t, i18n } = useTranslation();
  const uiDir = uiDirection(i18n.language);
  const sourceCol = quotes ? doc.versions.findIndex((v) => v.id === quotes.sourceVersionId) : -1;
  const source = doc.versions[sourceCol];
  const sourceQuotes = quotes?.versions[sourceCol];
  const label = (versionId: string) => {
    const i = doc.versions.findIndex((v) => v.id === versionId);
    const v = doc.versions[i];
    return isolate(v ? versionLabel(t, v, i) : t('document.unknownVersion'), uiDir);
  };
  const top = useMemo(
    () => (sourceQuotes?.quotes ?? []).map((q, i) => ({ q, i })).filter(({ q }) => q.depth === 0),
    [sourceQuotes],
  );
  const presence = useMemo(() => (quotes ? presenceTable(quotes) : () => new Map()), [quotes]);
  const actions = { onShow, onActive, onOpenCard };

  let body;
  if (failed) body = <p role="alert">{t('document.quotes.failed')}</p>;
  else if (!quotes || !source || !sourceQuotes)
    body = <p className="loading">{t('document.quotes.finding')}</p>;
  else {
    const others = quotes.versions.filter((v) => v.versionId !== quotes.sourceVersionId && v.matching);
    body = (
      <>
        {top.length === 0 ? (
          <p className="empty-state">{t('document.quotes.none', { version: label(source.id) })}</p>
        ) : (
          <SourceEntries {...actions} source={source} top={top} presence={presence} label={label} />
        )}
        {others.map((v) => {
          const version = doc.versions.find((d) => d.id === v.versionId);
          return version ? (
            <VersionSummary key={v.versionId} {...actions} version={version} quotes={v} label={label} />
          ) : null;
        })}
      </>
    );
  }
  return (
    <section className="quote-list" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('document.quotes.heading')}</h2>
      {body}
    </section>
  );
}
