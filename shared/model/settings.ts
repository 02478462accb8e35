import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';

/** What the reviewer chose; `uiLanguage` null means "follow the operating system". */
export const storedSettingsSchema = z.object({
  reviewerName: z.string().max(200),
  uiLanguage: z.enum(UI_LANGUAGES).nullable(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = { reviewerName: '', uiLanguage: null };

/** Settings as the UI needs them: the language actually in force and whether the user picked it. */
export interface Settings {
  reviewerName: string;
  uiLanguage: (typeof UI_LANGUAGES)[number];
  uiLanguageChosen: boolean;
}
