import { primarySpan } from '../../../shared/model/annotation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  annotationStatusSchema,
  type Annotation,
  type AnnotationStatus,
} from '../../../shared/model/annotation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../app/format';
import { categoryName, severityName, statusName } from './labels';

interface AnnotationItemProps {
  annotation: Annotation;
  versionLabel: string;
  quoteLang: string;
  quoteDir: 'ltr' | 'rtl';
  active: boolean;
  onShow: () => void;
  onStatus: (status: AnnotationStatus) => void;
  onDelete: () => void;
}

/** One annotation in the side list: what it quotes and says, its status, and the way to its highlight. */
export function AnnotationItem(props: AnnotationItemProps) {
  const { annotation: a, active } = props;
  const { t, i18n } = useTranslation();
  const statusId = useId();
  const [confirming, setConfirming] = useState(false);

  return (
    <li
      className={`annotation-item sev-${a.severity}${active ? ' annotation-active' : ''}`}
      aria-current={active || undefined}
      data-annotation-id={a.id}
    >
      <button type="button" className="annotation-show" onClick={props.onShow}>
        <span className="visually-hidden">{t('document.showInText')} </span>
        <q lang={props.quoteLang} dir={props.quoteDir}>
          {primarySpan(a).quote}
        </q>
      </button>
      <dl className="annotation-facts">
        <div>
          <dt>{t('document.categoryLabel')}</dt>
          <dd>{categoryName(t, a.category)}</dd>
        </div>
        <div>
          <dt>{t('document.severityLabel')}</dt>
          <dd>{severityName(t, a.severity)}</dd>
        </div>
        <div>
          <dt>{t('document.versionLabel')}</dt>
          <dd>{props.versionLabel}</dd>
        </div>
        <div>
          <dt>{t('document.authorLabel')}</dt>
          <dd>{a.author.trim() || t('document.anonymous')}</dd>
        </div>
        <div>
          <dt>{t('document.createdLabel')}</dt>
          <dd>{formatDateTime(a.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      {a.comment && (
        <p className="annotation-comment" dir="auto">
          {a.comment}
        </p>
      )}
      <div className="annotation-actions">
        <label htmlFor={statusId}>{t('document.statusLabel')}</label>
        <select
          id={statusId}
          value={a.status}
          onChange={(e) => {
            const parsed = annotationStatusSchema.safeParse(e.target.value);
            if (parsed.success) props.onStatus(parsed.data);
          }}
        >
          {annotationStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {statusName(t, s)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="danger"
          aria-label={t('document.deleteAnnotationNamed', { quote: primarySpan(a).quote.slice(0, 60) })}
          onClick={() => setConfirming(true)}
        >
          {t('common.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('document.deleteAnnotationTitle')}
          message={t('document.deleteAnnotationMessage', { quote: primarySpan(a).quote.slice(0, 200) })}
          confirmLabel={t('common.delete')}
          onConfirm={() => {
            setConfirming(false);
            props.onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
