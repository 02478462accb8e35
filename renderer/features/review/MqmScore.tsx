import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import { reviewSettingsSchema, type Project, type StoryDocument } from '../../../shared/model/project';
import { isScored, mqmScore } from '../../../shared/review/mqm-score';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { MqmFigures } from './MqmFigures';
import { useWordCounts } from './use-word-counts';

interface MqmScoreProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  threshold: number;
  run: (command: ProjectCommandInput) => Promise<Project>;
  /** Whether to count the words now (they are counted in the background; the score shows once they are). */
  countWords: boolean;
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
export function MqmScore({ document: doc, annotations, threshold, run, countWords }: MqmScoreProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);

  const scored = useMemo(() => doc.versions.filter(isScored), [doc.versions]);
  const words = useWordCounts(scored, countWords);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

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

  return (
    <section className="mqm-score" aria-labelledby="mqm-heading">
      <h2 id="mqm-heading">{t('panel.mqmHeading')}</h2>
      {scored.length === 0 ? (
        <p className="panel-note">{t('panel.mqmNoVersions')}</p>
      ) : words === null ? (
        <p className="loading" role="status">
          {t('panel.mqmCounting')}
        </p>
      ) : (
        <>
          <MqmFigures
            document={doc}
            score={mqmScore(doc.versions, annotations, threshold, words)}
            threshold={threshold}
          />
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
