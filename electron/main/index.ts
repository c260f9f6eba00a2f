import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import * as fsp from 'node:fs/promises';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { constants as fsConstants, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Channels } from '../../shared/ipc/contract.ts';
import { createBackupDir } from './backup-dir.ts';
import { createHandlers, dispatch } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { readRegularFile } from '../../shared/ipc/read-limited.ts';
import { APP_ID, userDataPath } from './paths.ts';
import {
  APP_ENTRY,
  APP_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isDevToolsAllowed,
  isPermissionGranted,
  resolveAppPath,
} from './security.ts';
import { createMainWindow } from './window.ts';
import { fitToDisplays, parseWindowState } from './window-state.ts';
import type { WindowState } from './window-state.ts';

const PRODUCT_NAME = 'Helseportefølje';
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

// Pinned before anything reads userData, so data never moves when the name or version changes.
app.setPath('userData', userDataPath(app.getPath('appData'), join, app.isPackaged));
app.setAppUserModelId(APP_ID);

// Chromium's own controls (date fields, number formats in inputs) speak Norwegian whatever the
// machine's language: a date shows as 31.10.2023, never 10/31/2023.
app.commandLine.appendSwitch('lang', 'nb');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const stateFile = () => join(app.getPath('userData'), 'window-state.json');

  const loadState = (): WindowState => {
    let text: string | null;
    try {
      text = readFileSync(stateFile(), 'utf8');
    } catch {
      text = null;
    }
    return fitToDisplays(parseWindowState(text), screen.getAllDisplays().map((d) => d.workArea));
  };

  const saveState = (win: BrowserWindow) => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(stateFile(), JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never block closing for it.
    }
  };

  const showAbout = () => {
    void dialog.showMessageBox({
      type: 'info',
      title: `Om ${PRODUCT_NAME}`,
      message: `${PRODUCT_NAME} ${app.getVersion()}`,
      detail: `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}.\nData lagres i ${app.getPath('userData')}.\nLisenser: se «Om» i appen.`,
    });
  };

  const createWindow = () => {
    const state = loadState();
    const win = createMainWindow(BrowserWindow, {
      bounds: state.bounds,
      title: PRODUCT_NAME,
      preloadPath,
      devTools: isDevToolsAllowed(app.isPackaged, process.env),
    });
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', () => saveState(win));
    void win.loadURL(APP_ENTRY);
    return win;
  };

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(async () => {
    await mkdir(app.getPath('userData'), { recursive: true });
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
    ses.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
    // Nothing may leave the machine: any request that is not to the bundle is cancelled.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const ok = details.url.startsWith(`${APP_SCHEME}://${APP_HOST}/`) || details.url.startsWith('blob:') || details.url.startsWith('data:');
      callback({ cancel: !ok });
    });

    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppPath(rendererRoot, request.url, { join, normalize, sep });
      if (!file) return new Response('Ikke funnet', { status: 404 });
      try {
        const body = await readFile(file);
        return new Response(body, {
          headers: {
            'content-type': contentTypeFor(file),
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
          },
        });
      } catch {
        return new Response('Ikke funnet', { status: 404 });
      }
    });

    const backups = createBackupDir(join(app.getPath('userData'), 'backups'), fsp, join);
    const handlers = createHandlers({
      showOpenDialog: async ({ multiple, filters }) => {
        const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const options: Electron.OpenDialogOptions = {
          properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
          filters,
        };
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return result.canceled ? [] : result.filePaths;
      },
      showSaveDialog: async ({ defaultName, filters }) => {
        const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const options: Electron.SaveDialogOptions = { defaultPath: join(app.getPath('documents'), defaultName), filters };
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      readPickedFile: (p, name, limit) => readRegularFile({ open: (path) => open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0)) }, p, name, limit),
      writeFile: async (p, bytes) => writeFile(p, bytes),
      baseName: (p) => basename(p),
      appInfo: () => ({
        name: PRODUCT_NAME,
        version: app.getVersion(),
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
    }, backups, { reload: () => mainWindow?.webContents.reload() });
    for (const channel of Object.values(Channels)) {
      ipcMain.handle(channel, (event, ...args: unknown[]) =>
        dispatch(handlers, channel, { frameUrl: event.senderFrame?.url, isMainFrame: event.senderFrame === event.sender.mainFrame }, args),
      );
    }

    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform === 'darwin', PRODUCT_NAME, showAbout)));
    mainWindow = createWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
