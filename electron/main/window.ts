import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { shouldBlockNavigation } from './security.ts';
import { MIN_HEIGHT, MIN_WIDTH } from './window-state.ts';
import type { WindowBounds } from './window-state.ts';

/** The BrowserWindow class, injected so window creation is tested without Electron. */
export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

export interface MainWindowOptions {
  bounds: WindowBounds;
  title: string;
  preloadPath: string;
  /** From `isDevToolsAllowed`: false in every packaged build. */
  devTools: boolean;
}

/**
 * Creates the one app window. The webPreferences are written out literally here (not spread from
 * a helper) so static checkers such as Electronegativity see every switch; a unit test keeps them
 * identical to `secureWebPreferences` in security.ts.
 */
export function createMainWindow(BrowserWindow: BrowserWindowClass, options: MainWindowOptions): ElectronBrowserWindow {
  const win = new BrowserWindow({
    ...options.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  if (!options.devTools) {
    // Belt and braces: even if something opens them, close them again.
    win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  }
  return win;
}
