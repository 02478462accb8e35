import { useTranslation } from 'react-i18next';
import type { StoryDocument } from '../../../shared/model/project';
import type { MqmFigure, MqmScore as Score } from '../../../shared/review/mqm-score';
import { versionLabel } from './version-label';

/** The score's figures: overall value and verdict against the threshold, then a row per version under review. */
export function MqmFigures({
  document: doc,
  score,
  threshold,
}: {
  document: StoryDocument;
  score: Score;
  threshold: number;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(i18n.language);

  function verdict(f: MqmFigure): string {
    if (f.pass === null) return t('panel.mqmNoWords');
    return f.pass ? t('panel.mqmPass') : t('panel.mqmFail');
  }

  const overall = score.overall;
  const state = overall.pass === null ? 'none' : overall.pass ? 'pass' : 'fail';
  return (
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
        <span className="mqm-threshold">{t('panel.mqmAgainst', { value: number.format(threshold) })}</span>
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
  );
}
