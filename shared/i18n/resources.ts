// Each feature keeps its strings in its own file per locale (locales/<lang>/<feature>.json, whose one top-level
// key is the feature name), so keys read `feature.key` and features never edit each other's catalogs.
// Imported explicitly so Vite, esbuild and vitest all bundle them the same way.
import en_common from './locales/en/common.json';
import en_errors from './locales/en/errors.json';
import en_cli from './locales/en/cli.json';
import en_menu from './locales/en/menu.json';
import en_library from './locales/en/library.json';
import en_document from './locales/en/document.json';
import en_settings from './locales/en/settings.json';
import en_importer from './locales/en/importer.json';
import ru_common from './locales/ru/common.json';
import ru_errors from './locales/ru/errors.json';
import ru_cli from './locales/ru/cli.json';
import ru_menu from './locales/ru/menu.json';
import ru_library from './locales/ru/library.json';
import ru_document from './locales/ru/document.json';
import ru_settings from './locales/ru/settings.json';
import ru_importer from './locales/ru/importer.json';
import zhCN_common from './locales/zh-CN/common.json';
import zhCN_errors from './locales/zh-CN/errors.json';
import zhCN_cli from './locales/zh-CN/cli.json';
import zhCN_menu from './locales/zh-CN/menu.json';
import zhCN_library from './locales/zh-CN/library.json';
import zhCN_document from './locales/zh-CN/document.json';
import zhCN_settings from './locales/zh-CN/settings.json';
import zhCN_importer from './locales/zh-CN/importer.json';
import ar_common from './locales/ar/common.json';
import ar_errors from './locales/ar/errors.json';
import ar_cli from './locales/ar/cli.json';
import ar_menu from './locales/ar/menu.json';
import ar_library from './locales/ar/library.json';
import ar_document from './locales/ar/document.json';
import ar_settings from './locales/ar/settings.json';
import ar_importer from './locales/ar/importer.json';
import type { UiLanguage } from './languages';

/** The feature catalogs a locale is made of; the i18n check test reads the same list. */
export const CATALOG_FEATURES = [
  'common',
  'errors',
  'cli',
  'menu',
  'library',
  'document',
  'settings',
  'importer',
] as const;

/** All catalogs merged per UI language, ready for i18next's `resources` option. */
export const resources: Record<UiLanguage, { translation: Record<string, unknown> }> = {
  en: {
    translation: {
      ...en_common,
      ...en_errors,
      ...en_cli,
      ...en_menu,
      ...en_library,
      ...en_document,
      ...en_settings,
      ...en_importer,
    },
  },
  ru: {
    translation: {
      ...ru_common,
      ...ru_errors,
      ...ru_cli,
      ...ru_menu,
      ...ru_library,
      ...ru_document,
      ...ru_settings,
      ...ru_importer,
    },
  },
  'zh-CN': {
    translation: {
      ...zhCN_common,
      ...zhCN_errors,
      ...zhCN_cli,
      ...zhCN_menu,
      ...zhCN_library,
      ...zhCN_document,
      ...zhCN_settings,
      ...zhCN_importer,
    },
  },
  ar: {
    translation: {
      ...ar_common,
      ...ar_errors,
      ...ar_cli,
      ...ar_menu,
      ...ar_library,
      ...ar_document,
      ...ar_settings,
      ...ar_importer,
    },
  },
};
