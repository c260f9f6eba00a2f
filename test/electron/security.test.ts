import { describe, expect, it } from 'vitest';
import { join, normalize, sep } from 'node:path';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAppUrl,
  isPermissionGranted,
  isTrustedSender,
  resolveAppPath,
  secureWebPreferences,
  shouldBlockNavigation,
} from '../../electron/main/security.ts';
import { userDataPath, USER_DATA_DIR_NAME } from '../../electron/main/paths.ts';

describe('window security settings', () => {
  it('isolates the renderer from Node and Electron', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('has a CSP with no remote origin and no inline scripts', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('mirrors the CSP in index.html', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a meta tag, so the header alone carries it.
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(withoutFrameAncestors);
  });

  it('blocks all navigation and denies every permission', () => {
    expect(shouldBlockNavigation('https://example.com')).toBe(true);
    expect(shouldBlockNavigation(APP_ENTRY)).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });

  it('trusts only the app’s own top frame', () => {
    expect(isTrustedSender(APP_ENTRY, true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY, false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
  });

  it('serves only files inside the bundle', () => {
    const root = join(sep, 'opt', 'app', 'renderer');
    const p = { join, normalize, sep };
    expect(resolveAppPath(root, 'app://bundle/index.html', p)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle/', p)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle/assets/x.js', p)).toBe(join(root, 'assets', 'x.js'));
    // The URL parser folds %2e%2e segments away, so this stays inside the bundle.
    expect(resolveAppPath(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd', p)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://bundle/..%2f..%2fsecret', p)).toBeNull();
    expect(resolveAppPath(root, 'app://bundle/a%00b', p)).toBeNull();
    expect(resolveAppPath(root, 'https://bundle/index.html', p)).toBeNull();
    expect(contentTypeFor('x.js')).toMatch(/javascript/);
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('pins the data folder to a fixed ASCII name', () => {
    expect(USER_DATA_DIR_NAME).toMatch(/^[a-z0-9-]+$/);
    expect(userDataPath('/home/u/.config', join)).toBe(join('/home/u/.config', 'helseportefolje'));
    // a development build (not packaged) never opens the installed app's data
    expect(userDataPath('/home/u/.config', join, false)).toBe(join('/home/u/.config', 'helseportefolje-dev'));
  });
});
