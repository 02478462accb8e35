import { BrowserWindow, dialog } from 'electron';
import type { TFunction } from 'i18next';

/** The native file chooser for imports, in the UI language. */
export async function chooseImportFiles(t: TFunction): Promise<string[]> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = {
    title: t('menu.importDialogTitle'),
    buttonLabel: t('menu.importDialogButton'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: t('menu.filterTextFiles'), extensions: ['txt', 'text', 'md', 'markdown'] },
      { name: t('menu.filterAllFiles'), extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** Shown when the app cannot start at all (e.g. the data folder is unwritable). */
export function showFatalError(t: TFunction, detail: string): void {
  dialog.showErrorBox(t('menu.fatalTitle'), t('menu.fatalBody', { detail }));
}
