/** Starts a fixture server on 127.0.0.1 and Debian's chromium with the e2e build of the extension loaded. */
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { buildFixtures } from './build-fixtures';
import { startFixtureServer } from './fixture-server';

/** The heated draft the browser tests type. */
export const HEATED = 'CALM DOWN!!! As I already said, you should have read the listing.';

export const EXTENSION = resolve(__dirname, '../../.output/chrome-mv3-e2e');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  base: string;
  /** Requests made by the extension's own contexts (service worker, its pages, content scripts' fetches). */
  extensionRequests: string[];
  open(fixture: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first: no .output/chrome-mv3-e2e');
  await buildFixtures();
  const { server, port } = await startFixtureServer();
  // Service workers' requests reach the context's 'request' event only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = await mkdtemp(join(tmpdir(), 'reply-coach-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const extensionRequests: string[] = [];
  const watch = (r: Request) => {
    const url = r.url();
    const frameUrl = (() => {
      try {
        return r.frame().url();
      } catch {
        return '';
      }
    })();
    const fromExtension = r.serviceWorker() !== null || frameUrl.startsWith('chrome-extension://');
    if (fromExtension && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) extensionRequests.push(url);
  };
  context.on('request', watch);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const base = `http://127.0.0.1:${port}`;
  return {
    context,
    extensionId,
    base,
    extensionRequests,
    async open(fixture) {
      const page = await context.newPage();
      await page.goto(`${base}/${fixture}`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}

declare global {
  // The extension APIs inside the service worker, for functions evaluated there.
  // eslint-disable-next-line no-var
  var chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Runs a function in the extension's service worker (it has the chrome.* APIs). */
export async function inWorker<T, A>(h: Harness, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  let [worker] = h.context.serviceWorkers();
  worker ??= await h.context.waitForEvent('serviceworker');
  return worker.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>;
}

/** The browser's id for the tab showing this page. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  // Several tabs may show the same fixture: the one brought to the front is this page.
  await page.bringToFront();
  return inWorker(h, async (url: string) => (await chrome.tabs.query({ active: true })).find((t: { url: string }) => t.url === url).id, page.url());
}

/** The popup, opened in a tab and pointed at the page under test. */
export async function openPopup(h: Harness, target: Page): Promise<Page> {
  const tabId = await tabIdOf(h, target);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('main.popup:not([aria-busy])').waitFor();
  return popup;
}

/** The badge, found through the coach's open shadow root. */
export const badge = (page: Page) => page.locator('reply-coach-ui').getByRole('button', { name: /^Reply coach/ });

/** Errors the page sees (uncaught exceptions and console errors), for tests that must throw nothing into it. */
export function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return errors;
}
