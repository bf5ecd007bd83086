/**
 * Firefox: the popup (moz-extension://UUID/popup.html?tabId=N) and the options page against open fixture
 * pages, the card inside a 1280x720 window, and what is kept: no draft or customer text in storage or in
 * any console of any context, and no extension request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { HEATED } from './harness';
import { startFirefox, type FirefoxHarness } from './firefox-harness';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox();
});
afterAll(async () => {
  await h?.close();
});

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

const underlines = (page: Page) =>
  page.evaluate(() => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('[data-reply-coach-mirror] span[data-severity]').length ?? 0);
const badges = (page: Page) => page.evaluate(() => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('button[data-count]').length ?? 0);
const badgeCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('button[data-count]')?.getAttribute('data-count') ?? -1));

async function heatedTextarea(url = 'textarea.html'): Promise<Page> {
  const page = await h.open(url);
  await page.click('#box');
  await page.keyboard.type(HEATED, { delay: 1 });
  expect(await poll(() => underlines(page), (n) => n > 0)).toBeGreaterThan(0);
  return page;
}

/** A role="switch" button, by the text of its label. */
async function switchNamed(popup: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await popup.waitForFunction(
    (n: string) => [...document.querySelectorAll('[role="switch"]')].find((s) => s.closest('label')?.textContent?.includes(n)),
    { timeout: 10_000, polling: 100 },
    name,
  );
  return handle as unknown as ElementHandle<HTMLButtonElement>;
}

async function openPopup(target: Page): Promise<Page> {
  const tabId = await h.tabIdOf(target);
  const popup = await h.extensionPage(`popup.html?tabId=${tabId}`, { width: 360, height: 600 });
  await popup.waitForSelector('main.popup:not([aria-busy])');
  return popup;
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

describe('Firefox: popup', () => {
  it('"Coach on" off removes underlines and the badge from an open page at once; on brings them back', async () => {
    const page = await heatedTextarea();
    const popup = await openPopup(page);
    const on = await switchNamed(popup, 'Coach on');
    expect(await on.evaluate((b) => b.getAttribute('aria-checked'))).toBe('true');
    await on.click();
    expect(await poll(() => underlines(page), (n) => n === 0, 5_000)).toBe(0);
    expect(await poll(() => badges(page), (n) => n === 0, 5_000)).toBe(0);
    expect(await poll(() => text(popup), (t) => t.includes('The coach is off everywhere'), 5_000)).toContain('The coach is off everywhere');
    await on.click();
    expect(await poll(() => underlines(page), (n) => n > 0, 5_000)).toBeGreaterThan(0);
    expect(await poll(() => badges(page), (n) => n === 1, 5_000)).toBe(1);
    expect(await page.$eval('#box', (el) => (el as HTMLTextAreaElement).value)).toBe(HEATED);
    await popup.close();
    await page.close();
  });

  it('"On this site" off quiets that site only, and on brings it back', async () => {
    const here = await heatedTextarea();
    const other = await heatedTextarea(); // the same site: it goes quiet too
    const elsewhere = await h.browser.newPage();
    await elsewhere.goto(`${h.base.replace('127.0.0.1', 'localhost')}/textarea.html`);
    await elsewhere.click('#box');
    await elsewhere.keyboard.type(HEATED, { delay: 1 });
    expect(await poll(() => underlines(elsewhere), (n) => n > 0)).toBeGreaterThan(0);
    const popup = await openPopup(here);
    const site = await switchNamed(popup, 'On this site');
    await site.click();
    expect(await poll(() => underlines(here), (n) => n === 0, 5_000)).toBe(0);
    expect(await poll(() => underlines(other), (n) => n === 0, 5_000)).toBe(0);
    expect(await underlines(elsewhere)).toBeGreaterThan(0);
    expect(await poll(() => text(popup), (t) => t.includes('The coach is off on 127.0.0.1'), 5_000)).toContain('The coach is off on 127.0.0.1');
    await site.click();
    expect(await poll(() => underlines(here), (n) => n > 0, 5_000)).toBeGreaterThan(0);
    for (const p of [popup, here, other, elsewhere]) await p.close();
  });

  it("shows the focused draft's findings and applies the calmer rewrite to the box", async () => {
    const page = await heatedTextarea();
    const popup = await openPopup(page);
    const shown = await poll(() => text(popup), (t) => t.includes('CALM DOWN') && /Calmer/i.test(t), 10_000);
    expect(shown, shown).toMatch(/Calmer/i);
    const apply = await popup.waitForFunction(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply calmer'), { timeout: 5_000 });
    await (apply as unknown as ElementHandle<HTMLButtonElement>).click();
    const after = await poll(() => page.$eval('#box', (el) => (el as HTMLTextAreaElement).value), (v) => !v.includes('CALM DOWN'), 5_000);
    expect(after).not.toContain('CALM DOWN');
    expect(after).toMatch(/listing/);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: options page', () => {
  it('renders, and a custom phrase and a category switched off reach an open page live', async () => {
    const page = await h.open('textarea.html');
    await page.click('#box');
    await page.keyboard.type('Per our records the parcel left on Monday. HONESTLY we checked.', { delay: 1 });
    expect(await poll(() => badgeCount(page), (n) => n === 1)).toBe(1);
    const options = await h.extensionPage('options.html', { width: 900, height: 900 });
    await options.waitForSelector('main.options:not([aria-busy])');
    const input = (label: string) =>
      options.waitForFunction((l: string) => [...document.querySelectorAll('label')].find((x) => x.firstChild?.textContent?.trim() === l)?.querySelector('input'), { timeout: 5_000 }, label);
    await ((await input('Phrase')) as unknown as ElementHandle<HTMLInputElement>).type('per our records');
    await ((await input('Why it reads badly')) as unknown as ElementHandle<HTMLInputElement>).type('Sounds like a form letter; say what you found.');
    const add = await options.waitForFunction(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add phrase'));
    await (add as unknown as ElementHandle<HTMLButtonElement>).click();
    expect(await poll(() => badgeCount(page), (n) => n === 2, 5_000)).toBe(2);
    const shouting = await options.waitForFunction(() => [...document.querySelectorAll('input[type="checkbox"]')].find((c) => c.closest('label')?.textContent?.trim().startsWith('Shouting')));
    await (shouting as unknown as ElementHandle<HTMLInputElement>).click();
    expect(await poll(() => badgeCount(page), (n) => n === 1, 5_000)).toBe(1);
    await (shouting as unknown as ElementHandle<HTMLInputElement>).click();
    await options.close();
    await page.close();
  });
});

describe('Firefox: the card fits a 1280x720 window', () => {
  it('opens inside the window beside a tall box at the bottom, and Apply works from where it is drawn', async () => {
    const page = await h.open('tall.html', { width: 1280, height: 720 });
    await page.click('#box');
    await page.keyboard.type(HEATED);
    expect(await poll(() => badgeCount(page), (n) => n > 0)).toBeGreaterThan(0);
    const badge = await page.waitForFunction(() => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('button[data-count]'));
    await (badge as unknown as ElementHandle<HTMLButtonElement>).click();
    const rects = await poll(
      () =>
        page.evaluate(() => {
          const root = document.querySelector('reply-coach-ui')!.shadowRoot!;
          const card = root.querySelector('.card')?.getBoundingClientRect();
          const apply = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply calmer')?.getBoundingClientRect();
          return card && apply ? { top: card.top, bottom: card.bottom, applyBottom: apply.bottom, x: apply.x + apply.width / 2, y: apply.y + apply.height / 2 } : undefined;
        }),
      (r) => !!r,
      5_000,
    );
    expect(rects!.top).toBeGreaterThanOrEqual(0);
    expect(rects!.bottom).toBeLessThanOrEqual(720);
    expect(rects!.applyBottom).toBeLessThanOrEqual(720);
    await page.mouse.click(rects!.x, rects!.y);
    expect(await poll(() => page.$eval('#box', (el) => (el as HTMLTextAreaElement).value), (v) => !v.includes('CALM DOWN'), 5_000)).not.toContain('CALM DOWN');
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    await page.close();
  });
});

describe('Firefox: privacy over the whole session', () => {
  it('the console watcher hears every context (control)', async () => {
    const page = await h.open('textarea.html');
    await page.evaluate(() => console.log('console-watcher-page-control'));
    await h.inExtension(() => console.log('console-watcher-extension-control'), null);
    for (const control of ['console-watcher-page-control', 'console-watcher-extension-control'])
      expect(await poll(() => h.consoleLines(), (l) => l.some((x) => x.includes(control)), 5_000)).toEqual(expect.arrayContaining([expect.stringContaining(control)]));
    await page.close();
  });

  it('no draft or customer text is in storage.sync, .local or .session, nor in any console', async () => {
    const stored = JSON.stringify(
      await h.inExtension(async () => {
        const b = (globalThis as unknown as { browser: { storage: Record<'sync' | 'local' | 'session', { get(): Promise<object> }> } }).browser;
        return [await b.storage.sync.get(), await b.storage.local.get(), await b.storage.session.get()];
      }, null),
    );
    expect(stored.length).toBeGreaterThan(10);
    const lines = await h.consoleLines();
    for (const secret of ['CALM DOWN', 'already said', 'Where is my order', 'parcel left on Monday', 'never arrived', 'ridiculous']) {
      expect(stored).not.toContain(secret);
      expect(lines.filter((l) => l.includes(secret))).toEqual([]);
    }
  });

  it('no extension context made a network request', async () => {
    expect(await h.extensionRequests()).toEqual([]);
  });
});
