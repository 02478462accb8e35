/** The languages Verbatim's own interface is translated into. */
export const UI_LANGUAGES = ['en', 'ru', 'zh-CN', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const RTL_UI_LANGUAGES: readonly UiLanguage[] = ['ar'];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Maps any BCP 47 tag the OS reports (e.g. "ru-RU", "zh-Hans-CN", "ar-EG") to a UI language we ship, or null. */
export function matchUiLanguage(tag: string): UiLanguage | null {
  const lower = tag.toLowerCase().replace(/_/g, '-');
  const primary = lower.split('-')[0];
  if (primary === 'zh') {
    // Traditional-script locales still read Simplified better than English; we ship only zh-CN for now.
    return 'zh-CN';
  }
  return UI_LANGUAGES.find((l) => l === primary) ?? null;
}

/** The saved choice if any, else the first OS preference we ship, else English. */
export function pickUiLanguage(saved: string | null, preferred: readonly string[]): UiLanguage {
  if (isUiLanguage(saved)) return saved;
  for (const tag of preferred) {
    const match = matchUiLanguage(tag);
    if (match) return match;
  }
  return 'en';
}
