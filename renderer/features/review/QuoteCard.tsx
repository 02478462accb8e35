import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDocument } from '../../../shared/model/project';
import type { DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { uiDirection } from '../../i18n';
import './quote-card.css';
import { QuoteDiff } from './quote-card-diff';
import { cardModel, initialPair, type CardEntry } from './quote-card-model';
import { isolate, provenanceBadge, quoteKindName } from './quote-labels';
import type { QuoteRef } from './quote-links';
import { languageName, textDirection } from './text-direction';
import { versionLabel } from './version-label';

interface QuoteCardProps {
  document: StoryDocument;
  quotes: DocumentQuotes;
  quoteRef: QuoteRef;
  /** Closes the card; the host returns focus to whatever opened it. */
  onClose: () => void;
  /** Brings a quote into view in the grid. */
  onShowQuote: (ref: QuoteRef) => void;
  /** Brings a stretch of a version's text into view and selects it (the evidence sentence). */
  onShowEvidence: (range: { versionId: string; start: number; end: number }) => void;
}

/** One version's wording of the quote, or a note that the version has none. */
function VersionEntry({
  entry,
  current,
  onShowQuote,
}: {
  entry: CardEntry;
  current: boolean;
  onShowQuote: (ref: QuoteRef) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = versionLabel(t, entry.version, entry.col);
  const uiDir = uiDirection(i18n.language);
  return (
    <li
      className={`quote-card-version${entry.quote ? '' : ' quote-card-missing'}${current ? ' quote-card-current' : ''}`}
    >
      <h4>
        <bdi>{label}</bdi>{' '}
        <span className="quote-card-lang">{languageName(entry.version.language, i18n.language)}</span>
      </h4>
      {entry.quote && entry.index !== null ? (
        <>
          <blockquote lang={entry.version.language} dir={textDirection(entry.version.language)}>
            {entry.text}
          </blockquote>
          {entry.closest && <p className="quote-card-note">{t('quotecard.closest')}</p>}
          <p className="quote-facts">
            {entry.quote.speaker && (
              <span>{t('document.quotes.speaker', { name: isolate(entry.quote.speaker, uiDir) })}</span>
            )}
            {entry.quote.provenance && (
              <span className="quote-badge">{provenanceBadge(t, entry.quote.provenance)}</span>
            )}
          </p>
          <button
            type="button"
            className="quote-card-show"
            onClick={() => onShowQuote({ versionId: entry.version.id, index: entry.index as number })}
          >
            {t('quotecard.showInText', { version: isolate(label, uiDir) })}
          </button>
        </>
      ) : (
        <p className="quote-absent">{t('quotecard.notInVersion')}</p>
      )}
    </li>
  );
}

/**
 * Everything about one quote in one place: who said it to whom, who translated it and the sentence that says so,
 * its wording in every version side by side, and a word-level comparison of any two versions in one language.
 * A non-modal dialog: focus moves in when it opens, Escape (or Close) closes it.
 */
export function QuoteCard({
  document: doc,
  quotes,
  quoteRef,
  onClose,
  onShowQuote,
  onShowEvidence,
}: QuoteCardProps) {
  const { t, i18n } = useTranslation();
  const uiDir = uiDirection(i18n.language);
  const titleId = useId();
  const versionsId = useId();
  const evidenceId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const model = cardModel(doc, quotes, quoteRef);
  const key = `${quoteRef.versionId}:${quoteRef.index}`;

  // Each newly opened quote takes the focus, so keyboard and screen-reader users land on the card.
  useEffect(() => {
    headingRef.current?.focus();
  }, [key]);

  if (!model) return null;
  const { quote, version, evidence } = model;
  const label = versionLabel(t, version, model.col);
  const pair = initialPair(model);
  const provenance = quote.provenance;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }

  return (
    <section
      className="quote-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="quote-card-header">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {quote.speaker
            ? t('quotecard.titleBy', { speaker: isolate(quote.speaker, uiDir) })
            : t('quotecard.title')}
        </h2>
        <button type="button" className="quote-card-close" onClick={onClose}>
          {t('quotecard.close')}
        </button>
      </div>
      <blockquote className="quote-card-text" lang={version.language} dir={textDirection(version.language)}>
        {model.text}
      </blockquote>
      <dl className="quote-card-facts">
        <dt>{t('quotecard.version')}</dt>
        <dd>
          <bdi>{label}</bdi>
        </dd>
        <dt>{t('quotecard.kind')}</dt>
        <dd>{quoteKindName(t, quote.kind)}</dd>
        <dt>{t('quotecard.speaker')}</dt>
        <dd>{quote.speaker ? <bdi>{quote.speaker}</bdi> : t('quotecard.notIdentified')}</dd>
        <dt>{t('quotecard.addressee')}</dt>
        <dd>{quote.addressee ? <bdi>{quote.addressee}</bdi> : t('quotecard.notIdentified')}</dd>
        <dt>{t('quotecard.provenance')}</dt>
        <dd>
          {provenance ? (
            <span className="quote-badge">{provenanceBadge(t, provenance)}</span>
          ) : (
            t('quotecard.noProvenance')
          )}
        </dd>
      </dl>
      {provenance && provenance.implicit && <p className="quote-card-note">{t('quotecard.implicit')}</p>}
      {provenance && !provenance.implicit && evidence && (
        <figure className="quote-card-evidence" aria-labelledby={evidenceId}>
          <figcaption id={evidenceId}>
            {t('quotecard.evidence', { version: isolate(label, uiDir) })}
          </figcaption>
          <blockquote lang={version.language} dir={textDirection(version.language)}>
            {evidence.text}
          </blockquote>
          <button type="button" onClick={() => onShowEvidence(evidence)}>
            {t('quotecard.jumpToEvidence')}
          </button>
        </figure>
      )}
      <section aria-labelledby={versionsId}>
        <h3 id={versionsId}>{t('quotecard.versionsHeading')}</h3>
        <ul className="quote-card-versions">
          {model.entries.map((entry) => (
            <VersionEntry
              key={entry.id}
              entry={entry}
              current={entry.version.id === version.id && entry.index === quoteRef.index}
              onShowQuote={onShowQuote}
            />
          ))}
        </ul>
      </section>
      {pair ? (
        <QuoteDiff key={`${key}:${pair.join('|')}`} entries={model.comparable} initial={pair} />
      ) : (
        <p className="quote-card-note">{t('quotecard.diff.none')}</p>
      )}
    </section>
  );
}
