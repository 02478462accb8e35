const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** Writing direction of a language tag, from Intl when it knows, else from a short list of right-to-left languages. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & TextInfoLocale;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(tag.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  }
}

// Building an Intl.DisplayNames loads locale data (tens of milliseconds): one per UI language, each name once.
const displayNames = new Map<string, Intl.DisplayNames | null>();
const languageNames = new Map<string, string>();

function namerFor(uiLanguage: string): Intl.DisplayNames | null {
  let namer = displayNames.get(uiLanguage);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' });
    } catch {
      namer = null;
    }
    displayNames.set(uiLanguage, namer);
  }
  return namer;
}

/**
 * Loads the language-name data ahead of need (the first Intl.DisplayNames costs ~70 ms, whatever its locale): run
 * while the page waits for its first answers, so drawing the story's column headers does not pay for it.
 */
export function prepareLanguageNames(uiLanguage = 'en'): void {
  namerFor(uiLanguage);
}

/** A language tag's name in the UI language ("Russian", "русский"), or the tag itself if Intl cannot name it. */
export function languageName(tag: string, uiLanguage: string): string {
  const key = `${uiLanguage}\u0000${tag}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = namerFor(uiLanguage)?.of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(key, name);
  }
  return name;
}
