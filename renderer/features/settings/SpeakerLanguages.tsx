import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTagSchema } from '../../../shared/model/version';
import type { SpeakerLanguageEntry } from '../../../shared/model/settings';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { useSettings } from '../../app/settings-context';
import { languageName } from '../review/text-direction';
import './speakers.css';

type FieldError = 'name' | 'language' | 'duplicate' | null;

/**
 * The speakers' language registry: who speaks which language. The quote engine uses it to mark quotes of a speaker
 * of another language than the story's as translated, by an unknown translator unless the text names one.
 */
export function SpeakerLanguages() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { settings, update } = useSettings();
  const headingId = useId();
  const nameId = useId();
  const langId = useId();
  const errorId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('');
  const [error, setError] = useState<FieldError>(null);
  const [busy, setBusy] = useState(false);
  const entries = settings.speakerLanguages;
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);

  // Once the shorter list is on screen (and enabled again): the entry that took the removed one's place, else the
  // previous one, else the name field.
  useEffect(() => {
    if (focusAfterRemove === null || busy) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const target = buttons?.[Math.min(focusAfterRemove, entries.length - 1)];
    if (target && entries.length > 0) target.focus();
    else nameRef.current?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove, busy, entries]);

  async function save(next: SpeakerLanguageEntry[], done: string): Promise<boolean> {
    setBusy(true);
    try {
      await update({ speakerLanguages: next });
      announce(done);
      return true;
    } catch (e) {
      announce(translateError(t, e), 'alert');
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const tag = language.trim();
    if (!trimmed) {
      setError('name');
      nameRef.current?.focus();
      return;
    }
    if (!languageTagSchema.safeParse(tag).success) {
      setError('language');
      document.getElementById(langId)?.focus();
      return;
    }
    if (entries.some((e) => e.name.toLowerCase() === trimmed.toLowerCase())) {
      setError('duplicate');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    if (
      await save(
        [...entries, { name: trimmed, language: tag }],
        t('settings.speakers.added', { name: trimmed }),
      )
    ) {
      setName('');
      setLanguage('');
      nameRef.current?.focus();
    }
  }

  async function remove(index: number) {
    const entry = entries[index];
    if (!entry) return;
    const next = entries.filter((_, i) => i !== index);
    if (await save(next, t('settings.speakers.removed', { name: entry.name }))) setFocusAfterRemove(index);
  }

  const message =
    error === 'name'
      ? t('settings.speakers.nameRequired')
      : error === 'language'
        ? t('settings.speakers.languageInvalid')
        : error === 'duplicate'
          ? t('settings.speakers.duplicate', { name: name.trim() })
          : null;

  return (
    <section className="speaker-languages" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.speakers.heading')}</h2>
      <p className="field-hint">{t('settings.speakers.hint')}</p>
      {entries.length === 0 ? (
        <p className="empty-state">{t('settings.speakers.empty')}</p>
      ) : (
        <ul ref={listRef} className="speaker-list" aria-label={t('settings.speakers.listLabel')}>
          {entries.map((entry, index) => (
            <li key={`${entry.name}|${entry.language}`}>
              <span className="speaker-name">{entry.name}</span>
              <span className="speaker-language">
                {languageName(entry.language, i18n.language)} ({entry.language})
              </span>
              <button
                type="button"
                disabled={busy}
                aria-label={t('settings.speakers.remove', { name: entry.name })}
                onClick={() => void remove(index)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="speaker-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label htmlFor={nameId}>{t('settings.speakers.name')}</label>
          <input
            id={nameId}
            ref={nameRef}
            type="text"
            value={name}
            maxLength={200}
            aria-invalid={error === 'name' || error === 'duplicate'}
            aria-describedby={error === 'name' || error === 'duplicate' ? errorId : `${nameId}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${nameId}-hint`} className="field-hint">
            {t('settings.speakers.nameHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={langId}>{t('settings.speakers.language')}</label>
          <input
            id={langId}
            type="text"
            value={language}
            maxLength={35}
            autoCapitalize="off"
            spellCheck={false}
            aria-invalid={error === 'language'}
            aria-describedby={error === 'language' ? errorId : `${langId}-hint`}
            onChange={(e) => setLanguage(e.target.value)}
          />
          <p id={`${langId}-hint`} className="field-hint">
            {t('settings.speakers.languageHint')}
          </p>
        </div>
        {message && (
          <p id={errorId} className="field-error" role="alert">
            {message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t('settings.speakers.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
