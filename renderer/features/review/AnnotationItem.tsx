import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  annotationStatusSchema,
  primarySpan,
  type Annotation,
  type AnnotationStatus,
} from '../../../shared/model/annotation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../app/format';
import { useAnnotationItemActions } from './annotation-actions-context';
import './annotations.css';
import { categoryName, severityName, statusName } from './labels';
import { ReplyThread } from './ReplyThread';
import { SpanQuote } from './SpanQuote';
import { subtypeName } from './subtype-labels';

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

/**
 * One annotation in the side list: every span it links (detached ones say so), what it says, its status, and the
 * ways to its highlights, to edit or delete it, and to its reply thread.
 */
export function AnnotationItem(props: AnnotationItemProps) {
  const { annotation: a, active } = props;
  const { t, i18n } = useTranslation();
  const actions = useAnnotationItemActions();
  const statusId = useId();
  const [confirming, setConfirming] = useState(false);
  const quote = primarySpan(a).quote;
  const editing = actions?.editingId === a.id;

  return (
    <li
      className={`annotation-item sev-${a.severity}${active ? ' annotation-active' : ''}${
        editing ? ' annotation-editing' : ''
      }`}
      aria-current={active || undefined}
      data-annotation-id={a.id}
    >
      <button type="button" className="annotation-show" onClick={props.onShow}>
        <span className="visually-hidden">{t('annotations.showInText')} </span>
        <span className="annotation-category">{categoryName(t, a.category)}</span>
        {a.subtype && <span className="annotation-subtype">{subtypeName(t, a.subtype)}</span>}
      </button>
      {actions ? (
        <ul className="annotation-spans" aria-label={t('annotations.spansLabel')}>
          {a.spans.map((span, index) => (
            <li key={index} className={span.detached ? 'span-detached' : ''}>
              <SpanQuote document={actions.document} span={span} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="annotation-spans">
          <span className="span-version">{t('annotations.spanIn', { label: props.versionLabel })}</span>{' '}
          <q lang={props.quoteLang} dir={props.quoteDir}>
            {quote}
          </q>
        </p>
      )}
      <dl className="annotation-facts">
        <div>
          <dt>{t('annotations.severityLabel')}</dt>
          <dd>{severityName(t, a.severity)}</dd>
        </div>
        <div>
          <dt>{t('annotations.authorLabel')}</dt>
          <dd>{a.author.trim() || t('annotations.anonymous')}</dd>
        </div>
        <div>
          <dt>{t('annotations.createdLabel')}</dt>
          <dd>{formatDateTime(a.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      {a.comment && (
        <p className="annotation-comment" dir="auto">
          {a.comment}
        </p>
      )}
      {a.correction && (
        <p className="annotation-correction">
          <span className="annotation-correction-label">{t('annotations.correctionLabel')}</span>{' '}
          <span dir="auto">{a.correction}</span>
        </p>
      )}
      <div className="annotation-actions">
        <label htmlFor={statusId}>{t('annotations.statusLabel')}</label>
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
        {actions && (
          <button
            type="button"
            className="annotation-edit"
            aria-label={t('annotations.editNamed', { quote: quote.slice(0, 60) })}
            onClick={() => actions.edit(a.id)}
          >
            {t('annotations.edit')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={t('annotations.deleteNamed', { quote: quote.slice(0, 60) })}
          onClick={() => setConfirming(true)}
        >
          {t('annotations.delete')}
        </button>
      </div>
      {actions && <ReplyThread annotationId={a.id} replies={a.replies} actions={actions} />}
      {confirming && (
        <ConfirmDialog
          title={t('annotations.deleteTitle')}
          message={t('annotations.deleteMessage', { quote: quote.slice(0, 200) })}
          confirmLabel={t('annotations.delete')}
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
