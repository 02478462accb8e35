import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createHandlers } from './backend/handlers';
import { ProjectStore } from './backend/store/project-store';
import { createTranslator } from '../shared/i18n/translator';
import { pickUiLanguage } from '../shared/i18n/languages';
import { registerAppScheme, handleAppScheme } from './protocol';
import { createMainWindow, lockDownWebContents } from './window';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { chooseImportFiles, showFatalError } from './dialogs';

registerAppScheme();
app.enableSandbox();

const systemLanguages = (): string[] => [...app.getPreferredSystemLanguages(), app.getLocale()];
const translator = createTranslator(pickUiLanguage(null, systemLanguages()));
let store: ProjectStore | null = null;
let flushedForQuit = false;

function openWindow(): void {
  createMainWindow(join(app.getAppPath(), 'dist', 'preload', 'preload.cjs'), translator.t('menu.appTitle'));
}

async function start(): Promise<void> {
  lockDownWebContents();
  // Our files live apart from Chromium's caches; VERBATIM_DATA_DIR allows a portable or test folder.
  const dataDir = process.env.VERBATIM_DATA_DIR || join(app.getPath('userData'), 'library');
  store = await ProjectStore.open({ dataDir, log: (m) => console.error(`[store] ${m}`) });
  await translator.i18n.changeLanguage(pickUiLanguage(store.getSettings().uiLanguage, systemLanguages()));
  const handlers = createHandlers({
    store,
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    systemLanguages,
    pickFiles: () => chooseImportFiles(translator.t),
    onSettingsChanged: (settings) => {
      void translator.i18n.changeLanguage(settings.uiLanguage).then(() => buildMenu(translator.t));
    },
  });
  registerIpc(handlers, (error) => console.error('[ipc]', error));
  handleAppScheme(join(app.getAppPath(), 'dist', 'renderer'));
  buildMenu(translator.t);
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would race the first on the same project files.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showFatalError(translator.t, String(error));
      app.exit(1);
    });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('before-quit', (event) => {
    // Pending debounced saves are written before the process ends.
    if (flushedForQuit || !store) return;
    event.preventDefault();
    void store.flush().finally(() => {
      flushedForQuit = true;
      app.quit();
    });
  });
}
