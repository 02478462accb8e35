import { BrowserWindow, Menu, app, dialog, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/**
 * Edit ▸ Undo and Redo for text fields and for the project alike. A shortcut reaches the page first: the review
 * screen takes it for the project's history, a text field for its own text; only a key nobody took comes here, and
 * then it undoes text as the standard role would. Picked with the mouse, the item presses the shortcut in the page,
 * so the same code decides (project history, or the focused field's text).
 */
function historyItem(kind: 'undo' | 'redo', label: string, isMac: boolean): MenuItemConstructorOptions {
  return {
    label,
    accelerator: kind === 'undo' ? 'CmdOrCtrl+Z' : 'Shift+CmdOrCtrl+Z',
    click: (_item, window: BaseWindow | undefined, event) => {
      const target = window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow();
      const contents = target?.webContents;
      if (!contents) return;
      if (event.triggeredByAccelerator) {
        if (kind === 'undo') contents.undo();
        else contents.redo();
        return;
      }
      const modifiers: ('meta' | 'control' | 'shift')[] = [isMac ? 'meta' : 'control'];
      if (kind === 'redo') modifiers.push('shift');
      contents.sendInputEvent({ type: 'keyDown', keyCode: 'Z', modifiers });
      contents.sendInputEvent({ type: 'keyUp', keyCode: 'Z', modifiers });
    },
  };
}

/** The application menu, every label from the catalogs; rebuilt when the UI language changes. */
export function buildMenu(t: TFunction): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        historyItem('undo', t('menu.undo'), isMac),
        historyItem('redo', t('menu.redo'), isMac),
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t('menu.about'),
              message: t('menu.aboutMessage', { version: app.getVersion() }),
              detail: t('menu.aboutDetail'),
              buttons: [t('menu.ok')],
            }),
        },
      ],
    },
  ];
  if (isMac) template.unshift({ role: 'appMenu', label: t('menu.appTitle') });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
