import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';
import { languageTagSchema } from './version';

/** One entry of the speakers' language registry: a person (any name form) and the language they speak. */
export const speakerLanguageSchema = z.object({
  name: z.string().trim().min(1).max(200),
  language: languageTagSchema,
});
export type SpeakerLanguageEntry = z.infer<typeof speakerLanguageSchema>;

/** The registry as stored and sent over IPC; capped so a settings file stays small. */
export const speakerLanguagesSchema = z.array(speakerLanguageSchema).max(500);

/** What the reviewer chose; `uiLanguage` null means "follow the operating system". */
export const storedSettingsSchema = z.object({
  reviewerName: z.string().max(200),
  uiLanguage: z.enum(UI_LANGUAGES).nullable(),
  // Index files written before the registry existed load with an empty one.
  speakerLanguages: speakerLanguagesSchema.default([]),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = { reviewerName: '', uiLanguage: null, speakerLanguages: [] };

/** Settings as the UI needs them: the language actually in force and whether the user picked it. */
export interface Settings {
  reviewerName: string;
  uiLanguage: (typeof UI_LANGUAGES)[number];
  uiLanguageChosen: boolean;
  /** Which language each quoted person speaks; quotes of a speaker of another language count as translated. */
  speakerLanguages: SpeakerLanguageEntry[];
}
