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
import en_workspace from './locales/en/workspace.json';
import en_annotations from './locales/en/annotations.json';
import en_panel from './locales/en/panel.json';
import en_quotecard from './locales/en/quotecard.json';
import en_textedit from './locales/en/textedit.json';
import ru_common from './locales/ru/common.json';
import ru_errors from './locales/ru/errors.json';
import ru_cli from './locales/ru/cli.json';
import ru_menu from './locales/ru/menu.json';
import ru_library from './locales/ru/library.json';
import ru_document from './locales/ru/document.json';
import ru_settings from './locales/ru/settings.json';
import ru_importer from './locales/ru/importer.json';
import ru_workspace from './locales/ru/workspace.json';
import ru_annotations from './locales/ru/annotations.json';
import ru_panel from './locales/ru/panel.json';
import ru_quotecard from './locales/ru/quotecard.json';
import ru_textedit from './locales/ru/textedit.json';
import zhCN_common from './locales/zh-CN/common.json';
import zhCN_errors from './locales/zh-CN/errors.json';
import zhCN_cli from './locales/zh-CN/cli.json';
import zhCN_menu from './locales/zh-CN/menu.json';
import zhCN_library from './locales/zh-CN/library.json';
import zhCN_document from './locales/zh-CN/document.json';
import zhCN_settings from './locales/zh-CN/settings.json';
import zhCN_importer from './locales/zh-CN/importer.json';
import zhCN_workspace from './locales/zh-CN/workspace.json';
import zhCN_annotations from './locales/zh-CN/annotations.json';
import zhCN_panel from './locales/zh-CN/panel.json';
import zhCN_quotecard from './locales/zh-CN/quotecard.json';
import zhCN_textedit from './locales/zh-CN/textedit.json';
import ar_common from './locales/ar/common.json';
import ar_errors from './locales/ar/errors.json';
import ar_cli from './locales/ar/cli.json';
import ar_menu from './locales/ar/menu.json';
import ar_library from './locales/ar/library.json';
import ar_document from './locales/ar/document.json';
import ar_settings from './locales/ar/settings.json';
import ar_importer from './locales/ar/importer.json';
import ar_workspace from './locales/ar/workspace.json';
import ar_annotations from './locales/ar/annotations.json';
import ar_panel from './locales/ar/panel.json';
import ar_quotecard from './locales/ar/quotecard.json';
import ar_textedit from './locales/ar/textedit.json';
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
  'workspace',
  'annotations',
  'panel',
  'quotecard',
  'textedit',
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
      ...en_workspace,
      ...en_annotations,
      ...en_panel,
      ...en_quotecard,
      ...en_textedit,
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
      ...ru_workspace,
      ...ru_annotations,
      ...ru_panel,
      ...ru_quotecard,
      ...ru_textedit,
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
      ...zhCN_workspace,
      ...zhCN_annotations,
      ...zhCN_panel,
      ...zhCN_quotecard,
      ...zhCN_textedit,
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
      ...ar_workspace,
      ...ar_annotations,
      ...ar_panel,
      ...ar_quotecard,
      ...ar_textedit,
    },
  },
};
