import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from './server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // as the desktop app sets it (electron/main/index.ts): Chromium's own controls in Norwegian
  '--lang=nb',
];

/** One running app in a fresh Chromium profile, with every network request recorded. */
export interface AppSession {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Requests to anything but the app's own loopback origin (must stay empty: the app is offline). */
  externalRequests: () => string[];
  /** Failure text per failed request URL (e.g. "net::ERR_BLOCKED_BY_CSP"). */
  failures: Map<string, string>;
  /** Opens a new page with the same profile (a "reload" that keeps the data). */
  reload: () => Promise<void>;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

/** Starts the built web renderer (dist-web) and a fresh Chromium profile. */
export async function startApp(
  options: {
    viewport?: { width: number; height: number };
    /** Built renderer to serve (default dist-web). */
    dist?: string;
    /** Lets the test inject scripts (the accessibility audit's axe-core) past the app's CSP. */
    bypassCsp?: boolean;
  } = {},
): Promise<AppSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Fant ikke Chromium på ${CHROMIUM} (apt-get install chromium)`);
  const dist = resolve(options.dist ?? 'dist-web');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist-web mangler: kjør npm run build:web først');
  const server = await serveStatic(dist);
  const profile = await mkdtemp(join(tmpdir(), 'hp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    acceptDownloads: true,
    bypassCSP: options.bypassCsp ?? false,
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const failures = new Map<string, string>();
  context.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText ?? 'ukjent'));
  let page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(e.message));
  };
  watch(page);
  await page.goto(server.url);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const origin = new URL(server.url).origin;
  const session: AppSession = {
    get page() {
      return page;
    },
    context,
    baseUrl: server.url,
    requests,
    failures,
    externalRequests: () =>
      requests
        .map((r) => r.url())
        .filter((u) => !(u.startsWith(origin + '/') || u.startsWith('blob:') || u.startsWith('data:'))),
    reload: async () => {
      await page.close();
      page = await context.newPage();
      watch(page);
      await page.goto(server.url);
    },
    screenshot: async (name) => {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    close: async () => {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`Feil i siden under testen:\n${errors.join('\n')}`);
    },
  };
  return session;
}
