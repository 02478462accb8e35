import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '../../../shared/i18n/languages';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { useSettings } from '../../app/settings-context';
import { PageHeading } from '../../components/PageHeading';
import { SpeakerLanguages } from './SpeakerLanguages';

const FOLLOW_SYSTEM = 'system';

/** The four interface languages, each named in itself so anyone can find their own. */
function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="en" lang="en">
        {t('settings.languageName.en')}
      </option>
      <option value="ru" lang="ru">
        {t('settings.languageName.ru')}
      </option>
      <option value="zh-CN" lang="zh-CN">
        {t('settings.languageName.zh-CN')}
      </option>
      <option value="ar" lang="ar" dir="rtl">
        {t('settings.languageName.ar')}
      </option>
    </>
  );
}

/** The reviewer's name (the author of new annotations), the interface language and the speakers' languages, saved in main. */
export function SettingsView() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { settings, update } = useSettings();
  const nameId = useId();
  const langId = useId();
  const [name, setName] = useState(settings.reviewerName);
  const chosen: UiLanguage | typeof FOLLOW_SYSTEM = settings.uiLanguageChosen
    ? settings.uiLanguage
    : FOLLOW_SYSTEM;

  async function saveName(event: FormEvent) {
    event.preventDefault();
    try {
      const next = await update({ reviewerName: name.trim() });
      setName(next.reviewerName);
      announce(t('settings.saved'));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    }
  }

  async function saveLanguage(value: string) {
    try {
      await update({ uiLanguage: isUiLanguage(value) ? value : null });
      // Said in the language just chosen, not the one this render started in.
      announce(i18n.t('settings.languageSaved'));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    }
  }

  return (
    <section className="page settings">
      <PageHeading>{t('settings.title')}</PageHeading>
      <form className="settings-form" onSubmit={saveName}>
        <div className="field">
          <label htmlFor={nameId}>{t('settings.reviewerName')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="name"
            aria-describedby={`${nameId}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${nameId}-hint`} className="field-hint">
            {t('settings.reviewerNameHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.saveName')}
          </button>
        </div>
      </form>
      <div className="field settings-language">
        <label htmlFor={langId}>{t('settings.language')}</label>
        <select id={langId} value={chosen} onChange={(e) => void saveLanguage(e.target.value)}>
          <option value={FOLLOW_SYSTEM}>{t('settings.followSystem')}</option>
          <LanguageOptions />
        </select>
        <p className="field-hint">{t('settings.languageHint')}</p>
      </div>
      <SpeakerLanguages />
    </section>
  );
}
