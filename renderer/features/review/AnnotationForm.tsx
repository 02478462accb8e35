import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_CATEGORIES,
  annotationCategorySchema,
  type AnnotationCategory,
} from '../../../shared/review/categories';
import { severitySchema, type Severity } from '../../../shared/model/annotation';
import { categoryName, severityName } from './labels';

/** What the reviewer filled in; the range comes from the selection. */
export interface AnnotationDraft {
  category: AnnotationCategory;
  severity: Severity;
  comment: string;
}

interface AnnotationFormProps {
  quote: string;
  quoteLang: string;
  quoteDir: 'ltr' | 'rtl';
  versionLabel: string;
  onSave: (draft: AnnotationDraft) => Promise<boolean>;
  onCancel: () => void;
}

/** The form for a new annotation on the selected text: category, severity and a comment. */
export function AnnotationForm({
  quote,
  quoteLang,
  quoteDir,
  versionLabel,
  onSave,
  onCancel,
}: AnnotationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const categoryRef = useRef<HTMLSelectElement>(null);
  const [category, setCategory] = useState<AnnotationCategory>('accuracy');
  const [severity, setSeverity] = useState<Severity>('minor');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => categoryRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const saved = await onSave({ category, severity, comment: comment.trim() });
    if (!saved) setBusy(false);
  }

  return (
    <form
      className="annotation-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`}>{t('document.newAnnotation')}</h2>
      <p className="annotation-target">{t('document.inVersion', { label: versionLabel })}</p>
      <blockquote className="annotation-quote" lang={quoteLang} dir={quoteDir}>
        {quote}
      </blockquote>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('document.categoryLabel')}</label>
        <select
          ref={categoryRef}
          id={`${id}-category`}
          value={category}
          onChange={(e) => {
            const parsed = annotationCategorySchema.safeParse(e.target.value);
            if (parsed.success) setCategory(parsed.data);
          }}
        >
          {ANNOTATION_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(t, c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('document.severityLabel')}</label>
        <select
          id={`${id}-severity`}
          value={severity}
          onChange={(e) => {
            const parsed = severitySchema.safeParse(e.target.value);
            if (parsed.success) setSeverity(parsed.data);
          }}
        >
          {severitySchema.options.map((s) => (
            <option key={s} value={s}>
              {severityName(t, s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('document.commentLabel')}</label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          rows={4}
          maxLength={20_000}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('document.saveAnnotation')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
