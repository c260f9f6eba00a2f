import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { isDevToolsAllowed, secureWebPreferences } from '../../electron/main/security.ts';
import { createMainWindow } from '../../electron/main/window.ts';
import type { BrowserWindowClass } from '../../electron/main/window.ts';

function fakeWindowClass() {
  const created: { options: BrowserWindowConstructorOptions; handlers: Map<string, (...a: unknown[]) => void>; openHandler?: () => unknown }[] = [];
  class FakeWindow {
    webContents: unknown;
    constructor(options: BrowserWindowConstructorOptions) {
      const record: (typeof created)[number] = { options, handlers: new Map() };
      created.push(record);
      this.webContents = {
        on: (event: string, fn: (...a: unknown[]) => void) => record.handlers.set(event, fn),
        setWindowOpenHandler: (fn: () => unknown) => (record.openHandler = fn),
        closeDevTools: vi.fn(),
      };
    }
  }
  return { BrowserWindow: FakeWindow as unknown as BrowserWindowClass, created };
}

const bounds = { x: 0, y: 0, width: 1366, height: 860 };

describe('main window', () => {
  it('uses exactly the hardened webPreferences of security.ts', () => {
    for (const devTools of [false, true]) {
      const { BrowserWindow, created } = fakeWindowClass();
      createMainWindow(BrowserWindow, { bounds, title: 'Helseportefølje', preloadPath: '/app/preload.cjs', devTools });
      expect(created[0]!.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs', { devTools }));
      expect(created[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, disableBlinkFeatures: 'Auxclick' });
    }
  });

  it('blocks navigation, redirects, new windows and webviews', () => {
    const { BrowserWindow, created } = fakeWindowClass();
    createMainWindow(BrowserWindow, { bounds, title: 'x', preloadPath: '/p', devTools: false });
    const w = created[0]!;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      w.handlers.get(event)!({ preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(w.openHandler!()).toEqual({ action: 'deny' });
    expect(w.handlers.has('devtools-opened')).toBe(true);
  });
});

describe('devtools', () => {
  it('are never allowed in a packaged build and only on request in development', () => {
    expect(isDevToolsAllowed(true, { HP_DEVTOOLS: '1' })).toBe(false);
    expect(isDevToolsAllowed(true, {})).toBe(false);
    expect(isDevToolsAllowed(false, {})).toBe(false);
    expect(isDevToolsAllowed(false, { HP_DEVTOOLS: '1' })).toBe(true);
    expect(secureWebPreferences('/p').devTools).toBe(false);
  });
});
