/**
 * The toolbar popup and the options page against open fixture pages, through popup.html?tabId=N:
 * the switches act live, the popup reads and applies the draft, options reach the page, and nothing
 * the user typed is sent or stored. Screenshots (light and dark) go to tests/e2e/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEATED, badge, errorsOf, inWorker, openPopup, startHarness, tabIdOf, type Harness } from './harness';
import { CATEGORIES, SITUATIONS } from '../../rules/types';

const ARTIFACTS = resolve(__dirname, 'artifacts');
let h: Harness;
const consoleLines: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
  h.context.on('console', (m) => consoleLines.push(m.text()));
  h.context.on('page', (p) => p.on('console', (m) => consoleLines.push(m.text())));
});
afterAll(async () => {
  await h?.close();
});

const underlines = (page: Page) => page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').count();

async function heatedTextarea(url = 'textarea.html'): Promise<Page> {
  const page = url.startsWith('http') ? await h.context.newPage() : await h.open(url);
  if (url.startsWith('http')) await page.goto(url);
  await page.locator('#box').click();
  await page.keyboard.type(HEATED, { delay: 1 });
  await expect.poll(() => underlines(page), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

const coachSwitch = (popup: Page, name: string) => popup.getByRole('switch', { name });

describe('popup', () => {
  it('"Coach on" off removes underlines and the badge from an open page at once; on brings them back', async () => {
    const page = await heatedTextarea();
    const errors = errorsOf(page);
    const popup = await openPopup(h, page);
    const on = coachSwitch(popup, 'Coach on');
    await expect.poll(() => on.getAttribute('aria-checked')).toBe('true');
    await on.click();
    await expect.poll(() => underlines(page), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => badge(page).count()).toBe(0);
    await expect.poll(() => popup.getByText('The coach is off everywhere').count()).toBe(1);
    await on.click();
    await expect.poll(() => underlines(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => badge(page).count()).toBe(1);
    expect(await page.locator('#box').inputValue()).toBe(HEATED);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('"On this site" off does the same for that site only', async () => {
    const here = await heatedTextarea();
    const other = await heatedTextarea(`${h.base.replace('127.0.0.1', 'localhost')}/textarea.html`);
    const popup = await openPopup(h, here);
    const site = coachSwitch(popup, /On this site/ as unknown as string);
    await expect.poll(() => popup.getByText('127.0.0.1').count()).toBeGreaterThan(0);
    await site.click();
    await expect.poll(() => underlines(here), { timeout: 5_000 }).toBe(0);
    expect(await underlines(other)).toBeGreaterThan(0);
    await expect.poll(() => popup.getByText('The coach is off on 127.0.0.1').count()).toBe(1);
    // A page opened on the site now stays quiet too.
    const fresh = await h.open('textarea.html');
    await fresh.locator('#box').click();
    await fresh.keyboard.type(HEATED);
    await fresh.waitForTimeout(600);
    expect(await fresh.locator('reply-coach-ui').count()).toBe(0);
    await site.click();
    await expect.poll(() => underlines(here), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => underlines(fresh), { timeout: 5_000 }).toBeGreaterThan(0);
    for (const p of [popup, here, other, fresh]) await p.close();
  });

  it("shows the focused draft's tone, findings, checks, situation and rewrites, and applies a rewrite to the box", async () => {
    const page = await heatedTextarea();
    const popup = await openPopup(h, page);
    await expect.poll(() => popup.getByRole('meter', { name: 'Calm to heated' }).getAttribute('aria-valuenow')).not.toBe('0');
    expect(Number(await popup.getByRole('meter', { name: 'Calm to heated' }).getAttribute('aria-valuenow'))).toBeGreaterThan(50);
    for (const heading of ['Shouting', 'Blaming', 'Sarcasm', 'Checks', 'Situation', 'Calmer', 'Firmer']) {
      expect(await popup.getByRole('heading', { name: new RegExp(`^${heading}`) }).count(), heading).toBeGreaterThan(0);
    }
    expect(await popup.getByText('CALM DOWN', { exact: false }).count()).toBeGreaterThan(0);
    expect(await popup.locator('.checks li').count()).toBe(3);
    // The customer's message reads as angry; the user marks the customer dishonest too.
    const dishonest = popup.getByRole('checkbox', { name: /Dishonest/ });
    await dishonest.check();
    await expect.poll(() => popup.locator('.situation').textContent()).toContain('Dishonest');
    expect(await popup.getByRole('button', { name: 'Use what the message shows' }).count()).toBe(1);

    // The toolbar badge shows the same count as the in-page badge.
    const tabId = await tabIdOf(h, page);
    const count = await badge(page).getAttribute('data-count');
    expect(await inWorker(h, (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(count);

    await popup.getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    expect(await page.locator('#box').inputValue()).toMatch(/listing/);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/Applied the calmer rewrite/);
    await popup.close();
    await page.close();
  });

  it('reads the draft from the frame that holds the focused box, and applies it there', async () => {
    const page = await h.open('iframe.html');
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].some((f) => f.contentDocument?.getElementById('box')));
    const frame = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
    await frame.locator('#box').click();
    await page.keyboard.type(HEATED, { delay: 1 });
    await expect.poll(async () => Number(await badge(frame as unknown as Page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await openPopup(h, page);
    await expect.poll(() => popup.getByRole('heading', { name: /^Sarcasm/ }).count(), { timeout: 5_000 }).toBe(1);
    await popup.getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => frame.locator('#box').innerText(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    await popup.close();
    await page.close();
  });

  it('says what to do on a page with no reply box focused, and on a page extensions cannot run on', async () => {
    const page = await h.open('textarea.html');
    const popup = await openPopup(h, page);
    await expect.poll(() => popup.getByText('Click into a reply box').count()).toBe(1);
    await popup.close();
    const ids = () => inWorker(h, async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id) as number[], null);
    const before = await ids();
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const tabId = (await ids()).find((id) => !before.includes(id));
    const popup2 = await h.context.newPage();
    await popup2.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup2.getByText("Extensions can't run on this page").count()).toBe(1);
    expect(await coachSwitch(popup2, /On this site/ as unknown as string).isDisabled()).toBe(true);
    for (const p of [popup2, blank, page]) await p.close();
  });

  it('works from the keyboard alone, fits 360 px with no horizontal scroll, and is screenshotted light and dark', async () => {
    const page = await heatedTextarea();
    const popup = await openPopup(h, page);
    await popup.getByRole('heading', { name: /^Calmer/ }).waitFor({ timeout: 5_000 }).catch(async (e) => {
      throw new Error(`${e}\n${await popup.locator('main').innerText()}`);
    });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await popup.screenshot({ path: resolve(ARTIFACTS, `popup-${scheme}.png`), fullPage: true });
    }
    // Tab to "Coach on" and press Space: the switch turns off, as with a click.
    await popup.locator('body').focus();
    for (let i = 0; i < 10; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.getAttribute('role') === 'switch')) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.closest('label')?.textContent)).toMatch(/Coach on/);
    await popup.keyboard.press('Space');
    await expect.poll(() => underlines(page), { timeout: 5_000 }).toBe(0);
    await popup.keyboard.press('Space');
    await expect.poll(() => underlines(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('options page', () => {
  const openOptions = async () => {
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('main.options:not([aria-busy])').waitFor();
    return options;
  };

  it('a custom phrase and a category switched off reach an open page live', async () => {
    const page = await h.open('textarea.html');
    await page.locator('#box').click();
    await page.keyboard.type('Per our records the parcel left on Monday. HONESTLY we checked.', { delay: 1 });
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBe(1);
    const options = await openOptions();
    await options.getByLabel('Phrase', { exact: true }).fill('per our records');
    await options.getByLabel('Why it reads badly').fill('Sounds like a form letter; say what you found.');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 5_000 }).toBe(2);
    await options.getByRole('checkbox', { name: /^Shouting/ }).uncheck();
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 5_000 }).toBe(1);
    await options.getByRole('checkbox', { name: /^Shouting/ }).check();
    await options.close();
    await page.close();
  });

  it('refuses a bad import with a message naming the problem, and changes nothing', async () => {
    const options = await openOptions();
    const before = await inWorker(h, async () => [await chrome.storage.sync.get(), await chrome.storage.local.get()], null);
    await options.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'reply-coach', version: 1, settings: { sensitivity: 'loud' } })) });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/sensitivity: must be one of gentle, standard, strict/);
    await options.locator('input[type=file]').setInputFiles({ name: 'playlist.json', mimeType: 'application/json', buffer: Buffer.from('{"tracks": []}') });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not Reply Coach settings/);
    expect(await inWorker(h, async () => [await chrome.storage.sync.get(), await chrome.storage.local.get()], null)).toEqual(before);
    await options.close();
  });

  it('resets only after confirmation', async () => {
    const options = await openOptions();
    await options.getByRole('radio', { name: /Strict/ }).check();
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByRole('radio', { name: /Strict/ }).isChecked()).toBe(true);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset everything' }).click();
    await expect.poll(() => options.getByRole('radio', { name: /Standard/ }).isChecked()).toBe(true);
    await options.close();
  });

  it('lists every manifest permission with its reason, and is screenshotted light and dark', async () => {
    const options = await openOptions();
    const manifest = await inWorker(h, () => chrome.runtime.getManifest(), null);
    const rows = await options.locator('table.permissions tbody tr').allTextContents();
    for (const p of manifest.permissions) expect(rows.some((r) => r.startsWith(p) && r.length > p.length + 10), p).toBe(true);
    expect(rows.join(' ')).not.toMatch(/permission_/);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: resolve(ARTIFACTS, `options-${scheme}.png`), fullPage: true });
    }
    await options.close();
  });
});

describe('privacy over the whole session', () => {
  it('no extension context (worker, popup, options, content scripts) made a network request', () => {
    expect(h.extensionRequests).toEqual([]);
  });

  it('insights hold counts and topic tallies only, after sending drafts through the pause', async () => {
    const page = await h.open('presend-click.html?site=ebay');
    await page.locator('#box').click();
    await page.keyboard.type(HEATED, { delay: 1 });
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#send').click();
    const pause = page.locator('reply-coach-ui').getByRole('dialog', { name: 'Reply coach: before you send' });
    await pause.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { sent: number }).sent)).toBe(1);
    const insights = async () => (await inWorker(h, () => chrome.storage.local.get('insights'), null)).insights as { days: Record<string, Record<string, unknown>> } | undefined;
    await expect.poll(async () => Object.values((await insights())?.days ?? {})[0]?.drafts, { timeout: 5_000 }).toBe(1);
    const stored = (await insights())!;
    // Every leaf is a number, under a date or a name from a fixed list.
    const names = new Set<string>(['version', 'days', 'drafts', 'heated', 'calmed', 'reviewed', 'sentAnyway', 'situations', 'categories', 'topics', ...SITUATIONS, ...CATEGORIES, ...['delivery', 'refund', 'damaged', 'billing', 'account', 'quality']]);
    const walk = (value: unknown, key: string): void => {
      expect(names.has(key) || /^\d{4}-\d{2}-\d{2}$/.test(key), key).toBe(true);
      if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
      else expect(typeof value, key).toBe('number');
    };
    for (const [k, v] of Object.entries(stored)) walk(v, k);
    const day = Object.values(stored.days)[0] as { situations: Record<string, number>; topics: Record<string, number>; sentAnyway: number };
    expect(day.sentAnyway).toBe(1);
    expect(day.situations.angry).toBe(1);
    expect(Object.keys(day.topics).sort()).toEqual(['damaged', 'delivery', 'refund']);
    await page.close();
  });

  it('no draft or customer text is in storage or in any console', async () => {
    const stored = JSON.stringify(await inWorker(h, async () => [await chrome.storage.sync.get(), await chrome.storage.local.get(), await chrome.storage.session.get()], null));
    for (const secret of ['CALM DOWN', 'already said', 'Where is my order', 'parcel left on Monday', 'never arrived', 'Refund me', 'ridiculous']) {
      expect(stored).not.toContain(secret);
      expect(consoleLines.filter((l) => l.includes(secret))).toEqual([]);
    }
  });
});
