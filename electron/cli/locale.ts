import { matchUiLanguage, type UiLanguage } from '../../shared/i18n/languages';

/** The CLI's interface language from the POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG), else English. */
export function cliLanguage(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  if (!value) return 'en';
  // "ru_RU.UTF-8", "sr_RS@latin": the language and region are before the codeset and modifier.
  const tag = value.split(/[.@]/)[0] ?? '';
  if (tag === 'C' || tag === 'POSIX') return 'en';
  return matchUiLanguage(tag) ?? 'en';
}
