import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { baseI18nOptions } from '../shared/i18n/translator';
import { RTL_UI_LANGUAGES, type UiLanguage } from '../shared/i18n/languages';

/** A fresh, synchronously ready i18next instance for the UI; tests make their own so they never share state. */
export function createRendererI18n(lng: UiLanguage = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...baseI18nOptions(lng), react: { useSuspense: false } });
  return instance;
}

/** Text direction of a UI language, for `<html dir>`. */
export function uiDirection(lng: string): 'ltr' | 'rtl' {
  return (RTL_UI_LANGUAGES as readonly string[]).includes(lng) ? 'rtl' : 'ltr';
}

/** Reflects the UI language on the root element so the browser, screen readers and CSS logical properties follow. */
export function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = uiDirection(lng);
}
