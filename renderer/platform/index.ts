import type { DesktopBridge } from '../../shared/ipc/contract.ts';
import { createBrowserPlatform } from './browser-platform.ts';
import { createElectronPlatform } from './electron-platform.ts';
import type { Platform } from './platform.ts';

export type { Platform } from './platform.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    helseportefolje?: DesktopBridge;
  }
}

let current: Platform | null = null;

/** The host adapter: Electron's bridge when the preload is present, otherwise the browser's. */
export function getPlatform(): Platform {
  if (!current) current = window.helseportefolje ? createElectronPlatform(window.helseportefolje) : createBrowserPlatform();
  return current;
}

/** For tests: replace the adapter. */
export function setPlatform(platform: Platform | null): void {
  current = platform;
}
