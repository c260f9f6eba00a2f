/**
 * Window security in one place, as plain data and pure predicates, so it is unit-tested without
 * Electron. The app never touches the network: everything is served from the `app://bundle` origin.
 */

/** Custom scheme the renderer is served from (a real origin: IndexedDB and CSP 'self' work as in a browser). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Strict CSP, sent as a response header by the protocol handler and mirrored in index.html's meta tag.
 * No remote origin anywhere; inline styles only because the chart and table libraries set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Devtools only in a development run that asked for them (`HP_DEVTOOLS=1` and not packaged);
 * a packaged build never opens them, whatever the environment says.
 */
export function isDevToolsAllowed(isPackaged: boolean, env: Record<string, string | undefined>): boolean {
  return !isPackaged && env.HP_DEVTOOLS === '1';
}

/**
 * The BrowserWindow webPreferences. Each switch is deliberate; tests pin them. window.ts writes
 * the same object out literally (so Electronegativity can read it) and a test keeps both equal.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}) {
  return {
    preload: preloadPath,
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
    // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools ?? false,
  } as const;
}

/** True when `url` belongs to the app's own bundle. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Navigation away from the loaded page is never allowed; in-page hash changes do not fire
 * will-navigate, so blocking everything is safe.
 */
export function shouldBlockNavigation(_url: string): boolean {
  return true;
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

/** Every permission (camera, notifications, geolocation, clipboard-read, ...) is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * Maps an `app://bundle/...` request to a file inside `root`, or null if it would escape `root`
 * (path traversal) or is not an app URL. `join`/`normalize` are passed in to keep this pure.
 */
export function resolveAppPath(
  root: string,
  url: string,
  path: { join: (...p: string[]) => string; normalize: (p: string) => string; sep: string },
): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const full = path.normalize(path.join(root, relative));
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return full.startsWith(rootWithSep) ? full : null;
}

/** Content types for the few kinds of file the bundle holds. */
export function contentTypeFor(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    json: 'application/json',
    svg: 'image/svg+xml',
    png: 'image/png',
    ico: 'image/x-icon',
    ttf: 'font/ttf',
    woff: 'font/woff',
    woff2: 'font/woff2',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    wasm: 'application/wasm',
    txt: 'text/plain; charset=utf-8',
  };
  return types[ext] ?? 'application/octet-stream';
}
