import i18next, { type i18n, type InitOptions, type TFunction } from 'i18next';
import { resources } from './resources';
import type { UiLanguage } from './languages';

/** The init options every i18next instance of ours shares: all catalogs, English fallback, synchronous start. */
export function baseI18nOptions(lng: UiLanguage): InitOptions {
  return {
    resources,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  };
}

/** A ready i18next instance for code outside React (main-process menus and dialogs, the CLI). */
export function createTranslator(lng: UiLanguage): { i18n: i18n; t: TFunction } {
  const instance = i18next.createInstance();
  void instance.init(baseI18nOptions(lng));
  return { i18n: instance, t: instance.t.bind(instance) as TFunction };
}
