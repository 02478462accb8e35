import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasChanges, wordDiff, type DiffRun } from '../../../shared/text/word-diff';
import { uiDirection } from '../../i18n';
import { languageKey, type CardEntry } from './quote-card-model';
import { isolate } from './quote-labels';
import { languageName, textDirection } from './text-direction';
import { versionLabel } from './version-label';

interface QuoteDiffProps {
  /** The quote's versions that share a language with another one. */
  entries: readonly CardEntry[];
  /** The pair to start with (entry ids). */
  initial: [string, string];
}

/** One run of the difference: shared text plain, removed text in <del>, added in <ins>, each named for screen readers. */
function Run({ run, uiLang }: { run: DiffRun; uiLang: string }) {
  const { t } = useTranslation();
  if (run.kind === 'same') return <span>{run.text}</span>;
  if (run.kind === 'added')
    return (
      <ins>
        <span className="visually-hidden" lang={uiLang}>
          {t('quotecard.diff.addedMark')}{' '}
        </span>
        {run.text}
      </ins>
    );
  return (
    <del>
      <span className="visually-hidden" lang={uiLang}>
        {t('quotecard.diff.removedMark')}{' '}
      </span>
      {run.text}
    </del>
  );
}

/**
 * A word-level comparison of two versions of a quote in the same language (e.g. Reuters vs AP English of one Putin
 * quote): two pickers choose the versions, a switch ignores quotation-mark style and spacing.
 */
export function QuoteDiff({ entries, initial }: QuoteDiffProps) {
  const { t, i18n } = useTranslation();
  const uiDir = uiDirection(i18n.language);
  const [fromId, setFromId] = useState(initial[0]);
  const [toId, setToId] = useState(initial[1]);
  const [loose, setLoose] = useState(true);
  const ids = { from: useId(), to: useId(), loose: useId(), heading: useId(), caption: useId() };

  const from = entries.find((e) => e.id === fromId) ?? entries[0];
  const sameLanguage = entries.filter(
    (e) => from && e !== from && languageKey(e.version.language) === languageKey(from.version.language),
  );
  const to = sameLanguage.find((e) => e.id === toId) ?? sameLanguage[0];
  const diff = useMemo(
    () =>
      from && to
        ? wordDiff(from.text, to.text, { locale: to.version.language, ignoreQuotesAndSpace: loose })
        : null,
    [from, to, loose],
  );

  const name = (e: CardEntry) => {
    const label = versionLabel(t, e.version, e.col);
    const siblings = entries.filter((x) => x.version.id === e.version.id);
    const base = t('quotecard.diff.option', {
      version: label,
      language: languageName(e.version.language, i18n.language),
    });
    return siblings.length > 1
      ? t('quotecard.diff.optionNth', { option: base, n: siblings.indexOf(e) + 1 })
      : base;
  };
  const short = (e: CardEntry) => isolate(versionLabel(t, e.version, e.col), uiDir);

  return (
    <section className="quote-diff" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('quotecard.diff.heading')}</h3>
      <div className="quote-diff-pickers">
        <label htmlFor={ids.from}>{t('quotecard.diff.from')}</label>
        <select
          id={ids.from}
          value={from?.id}
          onChange={(event) => {
            const next = entries.find((e) => e.id === event.target.value);
            setFromId(event.target.value);
            if (next && to && languageKey(next.version.language) !== languageKey(to.version.language)) {
              const first = entries.find(
                (e) => e !== next && languageKey(e.version.language) === languageKey(next.version.language),
              );
              if (first) setToId(first.id);
            } else if (next === to) {
              const other = entries.find(
                (e) => e !== next && languageKey(e.version.language) === languageKey(next.version.language),
              );
              if (other) setToId(other.id);
            }
          }}
        >
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {name(e)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.to}>{t('quotecard.diff.to')}</label>
        <select id={ids.to} value={to?.id} onChange={(event) => setToId(event.target.value)}>
          {sameLanguage.map((e) => (
            <option key={e.id} value={e.id}>
              {name(e)}
            </option>
          ))}
        </select>
        <span className="quote-diff-loose">
          <input
            id={ids.loose}
            type="checkbox"
            checked={loose}
            onChange={(event) => setLoose(event.target.checked)}
          />
          <label htmlFor={ids.loose}>{t('quotecard.diff.ignoreQuotes')}</label>
        </span>
      </div>
      {from && to && diff && (
        <figure className="quote-diff-result" aria-labelledby={ids.caption}>
          <figcaption id={ids.caption}>
            <p className="quote-diff-legend">
              <del>{t('quotecard.diff.legendRemoved', { version: short(from) })}</del>{' '}
              <ins>{t('quotecard.diff.legendAdded', { version: short(to) })}</ins>
            </p>
            {!hasChanges(diff) ? (
              <p className="quote-diff-note">
                {loose ? t('quotecard.diff.identicalLoose') : t('quotecard.diff.identical')}
              </p>
            ) : (
              diff.coarse && <p className="quote-diff-note">{t('quotecard.diff.coarse')}</p>
            )}
          </figcaption>
          <p className="quote-diff-text" lang={to.version.language} dir={textDirection(to.version.language)}>
            {diff.runs.map((run, i) => (
              <Run key={i} run={run} uiLang={i18n.language} />
            ))}
          </p>
        </figure>
      )}
    </section>
  );
}
