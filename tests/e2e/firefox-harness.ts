/**
 * Debian's firefox-esr over WebDriver BiDi (puppeteer-core, nothing downloaded) with the Firefox e2e build
 * installed, against the fixture server. One browser per test file.
 *
 * Extension requests are watched from inside Firefox: a privileged observer (http-on-modify-request) reads each
 * channel's triggering principal, which names the add-on for its pages and background, and is an expanded
 * principal holding moz-extension://UUID for what a content script adds to a page. A Manifest V3 content
 * script's own fetch() carries the page's principal, so any request from a page to a host other than the
 * fixture server is counted too. Non-local traffic goes to a dead proxy, so nothing can leave the machine.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildFixtures } from './build-fixtures';
import { startFixtureServer } from './fixture-server';

export const FIREFOX_EXTENSION = resolve(__dirname, '../../.output/firefox-mv3-e2e');
/** Another Firefox to run the suite against (e.g. an unpacked ESR 140), else Debian's. */
export const FIREFOX = process.env.REPLY_COACH_FIREFOX ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'reply-coach@reply-coach.dev';
/** Fixed through extensions.webextensions.uuids, so tests can open the extension's pages. */
export const UUID = '3f6c2a1e-7b4d-4e8a-9c0f-5d1e2b3a4c6f';
export const EXT = `moz-extension://${UUID}`;

export interface FirefoxHarness {
  browser: Browser;
  base: string;
  version: string;
  /** A fixture page, optionally sized; `before` runs on about:blank first (to set an attribute the coach reads, use `init`). */
  open(fixture: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** An extension page (popup.html?tabId=N, options.html), once its document is loaded. */
  extensionPage(path: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** Runs a function in an extension page (it has the browser.* APIs). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** The browser's id for the tab showing this page. */
  tabIdOf(page: Page): Promise<number>;
  /** Requests made by the extension (see the file comment). */
  extensionRequests(): Promise<string[]>;
  /** Every console message and error from every context (pages, extension pages, background, content scripts): the browser's stdout and its console service. */
  consoleLines(): Promise<string[]>;
  clearWatch(): Promise<void>;
  /** Evaluates an expression in the browser window's privileged (chrome) scope; awaits a promise. */
  privileged<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } } }>;
}

/** Sizes the page. Firefox ESR 140 has no screen-orientation override and says so; the size still applies. */
export async function setSize(page: Page, width: number, height: number) {
  try {
    await page.setViewport({ width, height });
  } catch (e) {
    if (!/setScreenOrientationOverride/.test(String(e))) throw e;
  }
  await page.waitForFunction((w: number, h: number) => innerWidth === w && innerHeight === h, { timeout: 5_000 }, width, height);
}

/** The watcher, evaluated once in the browser's privileged (chrome) scope. */
const watcher = (fixtureHosts: string[]) => `(() => {
  if (globalThis.__replyCoachWatch) return 'already';
  const w = (globalThis.__replyCoachWatch = { requests: [], console: [] });
  const OURS = ${JSON.stringify(EXT)}, ADDON = ${JSON.stringify(ADDON_ID)}, LOCAL = ${JSON.stringify(fixtureHosts)};
  const ours = (p) => !!p && (p.addonId === ADDON || String(p.origin || '').includes(OURS));
  Services.obs.addObserver({ observe(subject) {
    const ch = subject.QueryInterface(Ci.nsIChannel);
    const li = ch.loadInfo, p = li.triggeringPrincipal, url = ch.URI.spec;
    if (ours(p) || ours(li.loadingPrincipal)) w.requests.push(url);
    else if (p && !p.isSystemPrincipal && !LOCAL.includes(ch.URI.hostPort)) w.requests.push('(from a page) ' + url);
  } }, 'http-on-modify-request');
  const text = (m) => { try { return [...(m.arguments || [])].map((a) => { try { return typeof a === 'string' ? a : JSON.stringify(a); } catch { return String(a); } }).join(' '); } catch { return String(m); } };
  Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage)
    .addLogEventListener((m) => w.console.push(text(m.wrappedJSObject || m)), Services.scriptSecurityManager.getSystemPrincipal());
  Services.console.registerListener({ observe(m) { w.console.push(String(m.message || m)); } });
  return 'watching';
})()`;

/** `install: false` leaves the e2e build uninstalled, for a test that installs it its own way. */
export async function startFirefox(opts: { executablePath?: string; prefs?: Record<string, unknown>; install?: boolean } = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first: no .output/firefox-mv3-e2e');
  await buildFixtures();
  const { server, port }: { server: Server; port: number } = await startFixtureServer();
  const base = `http://127.0.0.1:${port}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath ?? FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages and reach the privileged scope the watcher runs in.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Anything not local goes to a closed port: the browser's own update and settings traffic included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      // Every console call, in pages, extension pages, the background and content scripts, goes to stdout too.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      ...opts.prefs,
    },
  });
  const version = await browser.version();
  const output: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) stream?.on('data', (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n')));
  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.result.contexts![0].context;
  const privileged = async <T>(expression: string): Promise<T> => {
    const r = await conn.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
    if (r.result.exceptionDetails) throw new Error(r.result.exceptionDetails.text);
    return r.result.result?.value as T;
  };
  await privileged(watcher([`127.0.0.1:${port}`, `localhost:${port}`]));
  if (opts.install !== false) await browser.installExtension(FIREFOX_EXTENSION);

  const extensionPage = async (path: string, size?: { width?: number; height?: number }) => {
    const page = await browser.newPage();
    await setSize(page, size?.width ?? 1280, size?.height ?? 720);
    const url = `${EXT}/${path}`;
    // BiDi never reports a moz-extension:// navigation as finished: start it, then wait for the document.
    void page.goto(url, { timeout: 0 }).catch(() => {});
    await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 100 }, url).catch(async () => {
      // The page's realm changes under waitForFunction; once more, from the new document.
      await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 10_000, polling: 100 }, url);
    });
    return page;
  };
  let control: Page | undefined;
  const inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    control ??= await extensionPage('popup.html?control');
    return control.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>;
  };

  return {
    browser,
    base,
    version,
    async open(fixture, size) {
      const page = await browser.newPage();
      await setSize(page, size?.width ?? 1280, size?.height ?? 720);
      await page.goto(`${base}/${fixture}`);
      return page;
    },
    extensionPage,
    inExtension,
    async tabIdOf(page) {
      // Several tabs may show the same fixture: the one brought to the front is this page.
      await page.bringToFront();
      const url = await page.evaluate(() => location.href);
      return inExtension(
        async (u: string) => {
          const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url: string; active: boolean }[]> } } }).browser.tabs.query({});
          return (tabs.find((t) => t.url === u && t.active) ?? tabs.find((t) => t.url === u))!.id;
        },
        url,
      );
    },
    extensionRequests: () => privileged<string>('JSON.stringify(__replyCoachWatch.requests)').then((s) => JSON.parse(s) as string[]),
    consoleLines: () => privileged<string>('JSON.stringify(__replyCoachWatch.console)').then((s) => [...output, ...(JSON.parse(s) as string[])]),
    clearWatch: () => privileged('__replyCoachWatch.requests.length = 0; 0'),
    privileged,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The badge, through the coach's open shadow root. */
export const ffBadge = (page: Page) => page.locator('reply-coach-ui >>> button[aria-label^="Reply coach"], reply-coach-ui >>> button[data-count]');
