/**
 * The pause before a heated reply is sent, on four fixture pages: a form submit, a button click handler
 * (eBay's structure), a React send button (Etsy's) and a Gmail-like compose that sends on Ctrl+Enter and
 * on mouseup. The page counts its own sends (window.sent) and logs what its own listeners see (window.sendLog).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEATED, badge, errorsOf, inWorker, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const CALM = 'Thank you for telling me. I have sent a replacement today, and it will reach you by Friday.';

interface Fixture {
  name: string;
  url: string;
  contenteditable?: boolean;
  /** The event the page sends on: the pause holds it (a form's page still sees the click before its submit). */
  sendsOn: string;
  send(page: Page): Promise<void>;
}

const clickSend = (page: Page) => page.locator('#send').click();
const FIXTURES: Fixture[] = [
  { name: 'a form submit', url: 'presend-form.html', sendsOn: 'submit', send: clickSend },
  { name: 'a button click handler', url: 'presend-click.html?site=ebay', sendsOn: 'click', send: clickSend },
  { name: 'a React send button', url: 'presend-react.html?site=etsy', sendsOn: 'click', send: clickSend },
  { name: 'Gmail-like Ctrl+Enter', url: 'presend-gmail.html?site=gmail', contenteditable: true, sendsOn: 'keydown', send: (page) => page.keyboard.press('Control+Enter') },
  { name: 'Gmail-like send button acting on mouseup', url: 'presend-gmail.html?site=gmail', contenteditable: true, sendsOn: 'mouseup', send: clickSend },
];

const pause = (page: Page) => page.locator('reply-coach-ui').getByRole('dialog', { name: 'Reply coach: before you send' });
const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: number }).sent);
const log = (page: Page) => page.evaluate(() => (window as unknown as { sendLog: string[] }).sendLog.slice());
const draftOf = (page: Page, f: Fixture) => (f.contenteditable ? page.locator('#box').innerText() : page.locator('#box').inputValue());

async function type(page: Page, text: string, coached = true) {
  await page.locator('#box').click();
  await page.keyboard.type(text, { delay: 1 });
  if (!coached) return;
  const count = () => badge(page).getAttribute('data-count');
  if (text === CALM) await expect.poll(count, { timeout: 10_000 }).toBe('0');
  else await expect.poll(async () => Number(await count()), { timeout: 10_000 }).toBeGreaterThan(0);
}

async function setSettings(patch: Record<string, unknown>) {
  await inWorker(
    h,
    async (p: Record<string, unknown>) => {
      const cur = ((await chrome.storage.sync.get('settings')).settings ?? { version: 1 }) as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...cur, version: 1, ...p } });
    },
    patch,
  );
}

/** The same send with the coach switched off on this site: what the page's listeners see then. */
async function withCoachOff(f: Fixture, text: string): Promise<{ log: string[]; sent: number }> {
  await setSettings({ disabledSites: ['127.0.0.1'] });
  try {
    const page = await h.open(f.url);
    await type(page, text, false);
    await f.send(page);
    await page.waitForTimeout(300);
    const out = { log: await log(page), sent: await sent(page) };
    expect(await pause(page).count()).toBe(0);
    await page.close();
    return out;
  } finally {
    await setSettings({ disabledSites: [] });
  }
}

describe.each(FIXTURES)('the pause on $name', (f) => {
  it('"Send anyway" sends exactly once, and the page\'s listeners see what they see with the coach off', async () => {
    const off = await withCoachOff(f, HEATED);
    expect(off.sent).toBe(1);
    const page = await h.open(f.url);
    const errors = errorsOf(page);
    await type(page, HEATED);
    await f.send(page);
    await pause(page).waitFor({ timeout: 5_000 });
    expect(await sent(page)).toBe(0);
    expect(await log(page)).not.toContain(f.sendsOn);
    // The top two findings are shown.
    expect(await pause(page).locator('li').count()).toBe(2);
    await pause(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page), { timeout: 5_000 }).toBe(1);
    expect(await pause(page).count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await sent(page)).toBe(1);
    expect(await log(page)).toEqual(off.log);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Review" sends nothing and goes back to the box with the panel open', async () => {
    const page = await h.open(f.url);
    await type(page, HEATED);
    await f.send(page);
    await pause(page).getByRole('button', { name: 'Review' }).click();
    expect(await pause(page).count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await sent(page)).toBe(0);
    expect(await log(page)).not.toContain(f.sendsOn);
    expect(await draftOf(page, f)).toContain('CALM DOWN');
    await expect.poll(() => page.locator('reply-coach-ui').getByRole('dialog', { name: 'Reply Coach' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('box');
    await page.close();
  });

  it('a calm draft is sent with no pause, and the page sees the same events as with the coach off', async () => {
    const off = await withCoachOff(f, CALM);
    const page = await h.open(f.url);
    await type(page, CALM);
    await f.send(page);
    await expect.poll(() => sent(page), { timeout: 5_000 }).toBe(1);
    expect(await pause(page).count()).toBe(0);
    expect(await log(page)).toEqual(off.log);
    await page.close();
  });
});

describe('the pause', () => {
  const f = FIXTURES[1];

  it('"Apply calmer" rewrites the draft and sends nothing', async () => {
    const page = await h.open(f.url);
    await type(page, HEATED);
    await f.send(page);
    await pause(page).getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    expect(await sent(page)).toBe(0);
    await page.close();
  });

  it('stops an unfilled placeholder even in an otherwise calm draft', async () => {
    const page = await h.open(f.url);
    await type(page, 'Thank you for telling me. Here is what happens next: [what you will do, and when].', false);
    await page.waitForTimeout(300);
    await f.send(page);
    await pause(page).waitFor({ timeout: 5_000 });
    expect(await pause(page).innerText()).toContain('[what you will do, and when]');
    await pause(page).getByRole('button', { name: 'Review' }).click();
    expect(await sent(page)).toBe(0);
    await page.close();
  });

  it('with a cool-down, "Send anyway" unlocks only after it', async () => {
    await setSettings({ presendCooldown: 2 });
    try {
      const page = await h.open(f.url);
      await type(page, HEATED);
      await f.send(page);
      const anyway = pause(page).getByRole('button', { name: 'Send anyway' });
      expect(await anyway.isDisabled()).toBe(true);
      await expect.poll(() => anyway.isDisabled(), { timeout: 5_000 }).toBe(false);
      await anyway.click();
      await expect.poll(() => sent(page)).toBe(1);
      await page.close();
    } finally {
      await setSettings({ presendCooldown: 0 });
    }
  });

  it('its own option turns it off: a heated draft then goes out at once', async () => {
    await setSettings({ presend: false });
    try {
      const page = await h.open(f.url);
      await type(page, HEATED);
      await f.send(page);
      await expect.poll(() => sent(page)).toBe(1);
      expect(await pause(page).count()).toBe(0);
      await page.close();
    } finally {
      await setSettings({ presend: true });
    }
  });
});
