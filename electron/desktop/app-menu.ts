import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../shared/host';
import { numberKeyOf, SCREENS } from '../../shared/screens';
import type { Translate } from './translate';


/**
 * The application menu: File, Edit, View, Window, Help (with the app menu first on macOS), translated, with
 * accelerators. Commands that concern the page go to it through `send`; the rest are Electron's roles.
 * The page already answers Ctrl+number and Ctrl+K itself: those accelerators are shown, not registered twice.
 */
export function appMenuTemplate(t: Translate, platform: NodeJS.Platform, send: (command: HostCommand) => void, devTools: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, accelerator: string | undefined, command: HostCommand): MenuItemConstructorOptions =>
    ({ label, accelerator, registerAccelerator: false, click: () => send(command) });
  const settings = item(t('desktop.menu.settings'), 'CmdOrCtrl+,', { type: 'navigate', hash: 'settings' });
  const appMenu: MenuItemConstructorOptions = {
    label: t('desktop.menu.app'),
    submenu: [
      { role: 'about', label: t('desktop.menu.about') }, { type: 'separator' }, { ...settings, registerAccelerator: true }, { type: 'separator' },
      { role: 'hide', label: t('desktop.menu.hide') }, { role: 'hideOthers', label: t('desktop.menu.hideOthers') }, { role: 'unhide', label: t('desktop.menu.showAll') },
      { type: 'separator' }, { role: 'quit', label: t('desktop.menu.quit') },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t('desktop.menu.file'),
    submenu: mac
      ? [{ role: 'close', label: t('desktop.menu.closeWindow') }]
      : [{ ...settings, registerAccelerator: true }, { type: 'separator' }, { role: 'close', label: t('desktop.menu.closeWindow') }, { role: 'quit', label: t('desktop.menu.quit') }],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('desktop.menu.edit'),
    submenu: [
      { role: 'undo', label: t('desktop.menu.undo') }, { role: 'redo', label: t('desktop.menu.redo') }, { type: 'separator' },
      { role: 'cut', label: t('desktop.menu.cut') }, { role: 'copy', label: t('desktop.menu.copy') }, { role: 'paste', label: t('desktop.menu.paste') },
      { role: 'selectAll', label: t('desktop.menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      ...SCREENS.map((screen, i) => item(t(`nav.${screen}`), numberKeyOf(i) ? `CmdOrCtrl+${numberKeyOf(i)}` : undefined, { type: 'navigate', hash: screen })),
      { type: 'separator' },
      item(t('desktop.menu.palette'), 'CmdOrCtrl+K', { type: 'open', what: 'palette' }),
      item(t('desktop.menu.jobs'), undefined, { type: 'open', what: 'jobs' }),
      { type: 'separator' },
      { role: 'reload', label: t('desktop.menu.reload') },
      ...(devTools ? [{ role: 'toggleDevTools', label: t('desktop.menu.devTools') } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: t('desktop.menu.actualSize') }, { role: 'zoomIn', label: t('desktop.menu.zoomIn') }, { role: 'zoomOut', label: t('desktop.menu.zoomOut') },
      { type: 'separator' }, { role: 'togglefullscreen', label: t('desktop.menu.fullScreen') },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('desktop.menu.window'),
    submenu: [
      { role: 'minimize', label: t('desktop.menu.minimize') }, { role: 'zoom', label: t('desktop.menu.zoom') },
      ...(mac ? [{ type: 'separator' } as const, { role: 'front', label: t('desktop.menu.front') } as const] : [{ role: 'close', label: t('desktop.menu.closeWindow') } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help', label: t('desktop.menu.help'),
    submenu: [item(t('desktop.menu.shortcuts'), undefined, { type: 'open', what: 'shortcuts' })],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
