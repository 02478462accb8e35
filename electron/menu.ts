import { Menu, app, dialog, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

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
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
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
