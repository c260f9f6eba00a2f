import type { MenuItemConstructorOptions } from 'electron';

/**
 * The Norwegian application menu. Roles give the platform's own behaviour (copy/paste, zoom);
 * there is deliberately no "Toggle Developer Tools" item in the shipped menu.
 */
export function buildMenuTemplate(isMac: boolean, appName: string, onAbout: () => void): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Fil',
    submenu: [isMac ? { role: 'close', label: 'Lukk vindu' } : { role: 'quit', label: 'Avslutt' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { role: 'undo', label: 'Angre' },
      { role: 'redo', label: 'Gjør om' },
      { type: 'separator' },
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopier' },
      { role: 'paste', label: 'Lim inn' },
      { role: 'selectAll', label: 'Merk alt' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      { role: 'resetZoom', label: 'Faktisk størrelse' },
      { role: 'zoomIn', label: 'Zoom inn' },
      { role: 'zoomOut', label: 'Zoom ut' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Fullskjerm' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Vindu',
    submenu: [{ role: 'minimize', label: 'Minimer' }, { role: 'zoom', label: 'Zoom' }],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Hjelp',
    submenu: [{ label: `Om ${appName}`, click: onAbout }],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { label: `Om ${appName}`, click: onAbout },
      { type: 'separator' },
      { role: 'hide', label: `Skjul ${appName}` },
      { role: 'hideOthers', label: 'Skjul andre' },
      { role: 'unhide', label: 'Vis alle' },
      { type: 'separator' },
      { role: 'quit', label: `Avslutt ${appName}` },
    ],
  };
  return isMac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, windowMenu, help];
}
