import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import { reviewSettingsSchema, type Project, type StoryDocument } from '../../../shared/model/project';
import { countWords, isScored, mqmScore, type MqmFigure } from '../../../shared/review/mqm-score';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { versionLabel } from './version-label';

interface MqmScoreProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  threshold: number;
  run: (command: ProjectCommandInput) => Promise<Project>;
}

// Word counts by language and text: counting a long story takes a while, and its texts rarely change.
const wordCache = new Map<string, Map<string, number>>();
const CACHE_LIMIT = 64;

function cachedWords(text: string, language: string): number {
  let byText = wordCache.get(language);
  if (!byText) wordCache.set(language, (byText = new Map()));
  let n = byText.get(text);
  if (n === undefined) {
    if (byText.size >= CACHE_LIMIT) byText.clear();
    n = countWords(text, language);
    byText.set(text, n);
  }
  return n;
}

/** The threshold input's text as a valid threshold, or null. */
function parseThreshold(raw: string): number | null {
  const value = Number(raw.trim().replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(value)) return null;
  const parsed = reviewSettingsSchema.shape.mqmThreshold.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The story's MQM score (penalty points per 1,000 words) overall and per version under review, pass or fail against
 * the project's threshold, a way to change the threshold, and the counting rule in words.
 */
export function MqmScore({ document: doc, annotations, threshold, run }: MqmScoreProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);

  const words = useMemo(
    () => new Map(doc.versions.filter(isScored).map((v) => [v.id, cachedWords(v.text, v.language)])),
    [doc.versions],
  );
  const score = mqmScore(doc.versions, annotations, threshold, words);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(i18n.language);

  function verdict(f: MqmFigure): string {
    if (f.pass === null) return t('panel.mqmNoWords');
    return f.pass ? t('panel.mqmPass') : t('panel.mqmFail');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = parseThreshold(draft ?? String(threshold));
    if (value === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value === threshold) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      await run({ type: 'project.review', patch: { mqmThreshold: value } });
      setDraft(null);
      announce(t('panel.mqmThresholdSaved', { value: number.format(value) }));
    } catch (e) {
      announce(translateError(t, e), 'alert');
    } finally {
      setSaving(false);
    }
  }

  const overall = score.overall;
  const state = overall.pass === null ? 'none' : overall.pass ? 'pass' : 'fail';
  return (
    <section className="mqm-score" aria-labelledby="mqm-heading">
      <h2 id="mqm-heading">{t('panel.mqmHeading')}</h2>
      {score.versions.length === 0 ? (
        <p className="panel-note">{t('panel.mqmNoVersions')}</p>
      ) : (
        <>
          <p className={`mqm-overall mqm-${state}`}>
            <span className="mqm-value">
              {overall.score === null
                ? t('panel.mqmNoScore')
                : t('panel.mqmValue', { value: number.format(overall.score) })}
            </span>{' '}
            <strong className="mqm-verdict">
              <span aria-hidden="true">{state === 'pass' ? '✓ ' : state === 'fail' ? '✗ ' : ''}</span>
              {verdict(overall)}
            </strong>{' '}
            <span className="mqm-threshold">
              {t('panel.mqmAgainst', { value: number.format(threshold) })}
            </span>
          </p>
          <table className="mqm-table">
            <caption className="visually-hidden">{t('panel.mqmTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.mqmVersion')}</th>
                <th scope="col">{t('panel.mqmWords')}</th>
                <th scope="col">{t('panel.mqmPoints')}</th>
                <th scope="col">{t('panel.mqmScoreColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {score.versions.map((v) => {
                const at = doc.versions.findIndex((d) => d.id === v.versionId);
                const version = doc.versions[at];
                return (
                  <tr key={v.versionId} className={v.pass === false ? 'mqm-row-fail' : undefined}>
                    <th scope="row">{version ? versionLabel(t, version, at) : v.versionId}</th>
                    <td>{whole.format(v.words)}</td>
                    <td>{whole.format(v.penalty)}</td>
                    <td>
                      {v.score === null ? '—' : number.format(v.score)} {verdict(v)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <form className="mqm-threshold-form" onSubmit={(e) => void save(e)}>
        <label htmlFor={inputId}>{t('panel.mqmThresholdLabel')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={draft ?? String(threshold)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setInvalid(false);
          }}
        />
        <button type="submit" disabled={saving}>
          {t('panel.mqmThresholdSave')}
        </button>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('panel.mqmThresholdInvalid')}
          </p>
        )}
      </form>
      <details className="mqm-help">
        <summary>{t('panel.mqmHelpSummary')}</summary>
        <p>{t('panel.mqmHelp')}</p>
      </details>
    </section>
  );
}
