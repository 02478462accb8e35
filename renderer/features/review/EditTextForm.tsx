import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './textedit.css';

interface EditTextFormProps {
  /** The version's name on screen, for the heading. */
  label: string;
  /** 1-based row of the grid the text is on. */
  row: number | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The cell's text as it is now. */
  text: string;
  busy: boolean;
  onSave: (next: string) => Promise<boolean> | void;
  onCancel: () => void;
}

/** An editor for the text of one grid cell: a labelled text area, Save and Cancel; Escape cancels. */
export function EditTextForm({ label, row, lang, dir, text, busy, onSave, onCancel }: EditTextFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(text);
  const areaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => areaRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void onSave(value);
  }

  const lines = value.split('\n').reduce((n, line) => n + 1 + Math.floor(line.length / 80), 0);
  return (
    <form
      className="textedit-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <h3 id={`${id}-title`}>
        {row === null ? t('textedit.heading', { label }) : t('textedit.headingRow', { label, row })}
      </h3>
      <label htmlFor={`${id}-text`}>{t('textedit.textLabel')}</label>
      <textarea
        id={`${id}-text`}
        ref={areaRef}
        value={value}
        lang={lang}
        dir={dir}
        rows={Math.min(14, Math.max(3, lines))}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setValue(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('textedit.hint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('textedit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('textedit.cancel')}
        </button>
      </div>
    </form>
  );
}
