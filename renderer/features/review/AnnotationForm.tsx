import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_CATEGORIES,
  ANNOTATION_SUBTYPES,
  annotationCategorySchema,
  subtypeFits,
  type AnnotationCategory,
  type AnnotationSubtype,
} from '../../../shared/review/categories';
import {
  annotationStatusSchema,
  severitySchema,
  type Annotation,
  type AnnotationStatus,
  type Severity,
} from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import './annotations.css';
import type { FormSpan } from './form-spans';
import { categoryName, severityName, statusName } from './labels';
import { SpanQuote, spanVersion } from './SpanQuote';
import { subtypeName } from './subtype-labels';

/** What the reviewer filled in; the spans come from the form's list, the status only when editing. */
export interface AnnotationDraft {
  category: AnnotationCategory;
  subtype: AnnotationSubtype | null;
  severity: Severity;
  comment: string;
  correction: string;
  status?: AnnotationStatus;
}

interface AnnotationFormProps {
  document: StoryDocument;
  /** The annotation being edited, or null for a new one. */
  editing: Annotation | null;
  spans: readonly FormSpan[];
  /** Whether the current selection can be added as another span. */
  canAddSelection: boolean;
  onAddSelection: () => void;
  onRemoveSpan: (index: number) => void;
  onSave: (draft: AnnotationDraft) => Promise<boolean>;
  onCancel: () => void;
}

/** The subtypes a category offers (possibly none). */
function subtypesOf(category: AnnotationCategory): readonly AnnotationSubtype[] {
  return ANNOTATION_SUBTYPES[category];
}

/**
 * The form for a new annotation or for editing one: its linked spans (more can be added from other columns while it
 * is open), category and the subtypes that category has, severity, comment, suggested correction, and when editing,
 * the status.
 */
export function AnnotationForm(props: AnnotationFormProps) {
  const { document: doc, editing, spans } = props;
  const { t } = useTranslation();
  const id = useId();
  const categoryRef = useRef<HTMLSelectElement>(null);
  const [category, setCategory] = useState<AnnotationCategory>(editing?.category ?? 'accuracy');
  const [subtype, setSubtype] = useState<AnnotationSubtype | null>(editing?.subtype ?? null);
  const [severity, setSeverity] = useState<Severity>(editing?.severity ?? 'minor');
  const [comment, setComment] = useState(editing?.comment ?? '');
  const [correction, setCorrection] = useState(editing?.correction ?? '');
  const [status, setStatus] = useState<AnnotationStatus>(editing?.status ?? 'open');
  const [busy, setBusy] = useState(false);
  const subtypes = subtypesOf(category);

  useEffect(() => categoryRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const draft: AnnotationDraft = {
      category,
      subtype,
      severity,
      comment: comment.trim(),
      correction: correction.trim(),
    };
    if (editing) draft.status = status;
    const saved = await props.onSave(draft);
    if (!saved) setBusy(false);
  }

  const title = editing ? t('annotations.editTitle') : t('annotations.newTitle');
  return (
    <form
      className="annotation-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <h3 id={`${id}-spans`} className="annotation-spans-heading">
        {t('annotations.spansHeading', { count: spans.length })}
      </h3>
      <ul className="annotation-spans" aria-labelledby={`${id}-spans`}>
        {spans.map((span, index) => (
          <li
            key={`${span.versionId}:${span.start}:${span.end}`}
            className={span.detached ? 'span-detached' : ''}
          >
            <SpanQuote document={doc} span={span} />
            <button
              type="button"
              className="span-remove"
              disabled={spans.length <= 1 || busy}
              aria-label={t('annotations.removeSpanNamed', {
                quote: span.quote.slice(0, 60),
                label: spanVersion(t, doc, span.versionId).label,
              })}
              onClick={() => props.onRemoveSpan(index)}
            >
              {t('annotations.removeSpan')}
            </button>
          </li>
        ))}
      </ul>
      <div className="add-span">
        <button
          type="button"
          disabled={!props.canAddSelection || busy}
          aria-keyshortcuts="Control+Shift+Enter"
          aria-describedby={`${id}-add-hint`}
          // Keep the text selection when the button is pressed with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onAddSelection}
        >
          {t('annotations.addSelection')}
        </button>
        <p id={`${id}-add-hint`} className="field-hint">
          {t('annotations.addSelectionHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('annotations.categoryLabel')}</label>
        <select
          ref={categoryRef}
          id={`${id}-category`}
          value={category}
          onChange={(e) => {
            const parsed = annotationCategorySchema.safeParse(e.target.value);
            if (!parsed.success) return;
            setCategory(parsed.data);
            // A subtype belongs to its category: a new category starts without one.
            if (!subtypeFits(parsed.data, subtype)) setSubtype(null);
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
        <label htmlFor={`${id}-subtype`}>{t('annotations.subtypeLabel')}</label>
        <select
          id={`${id}-subtype`}
          value={subtype ?? ''}
          disabled={subtypes.length === 0}
          onChange={(e) => {
            const value = subtypes.find((s) => s === e.target.value);
            setSubtype(value ?? null);
          }}
        >
          <option value="">{t('annotations.subtypeNone')}</option>
          {subtypes.map((s) => (
            <option key={s} value={s}>
              {subtypeName(t, s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('annotations.severityLabel')}</label>
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
      {editing && (
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('annotations.statusLabel')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => {
              const parsed = annotationStatusSchema.safeParse(e.target.value);
              if (parsed.success) setStatus(parsed.data);
            }}
          >
            {annotationStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {statusName(t, s)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('annotations.commentLabel')}</label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          rows={4}
          maxLength={20_000}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-correction`}>{t('annotations.correctionLabel')}</label>
        <textarea
          id={`${id}-correction`}
          value={correction}
          rows={2}
          maxLength={20_000}
          dir="auto"
          onChange={(e) => setCorrection(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? t('annotations.saveChanges') : t('annotations.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
