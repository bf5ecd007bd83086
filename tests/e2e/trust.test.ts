/**
 * Trust in a real browser: sensitive fields are never read, bad stored settings never break the popup
 * or the options page, and a page that fights back (strict CSP, tampered built-ins, thousands of nodes,
 * a MutationObserver storm) keeps both the coach and its own behaviour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEATED, badge, errorsOf, inWorker, openPopup, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Counts the coach's analyses on a page, through its content-free signal. */
const countAnalyses = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { analyses: number }).analyses = 0;
    document.addEventListener('reply-coach:analysed', () => (window as unknown as { analyses: number }).analyses++);
  });
const analyses = (page: Page) => page.evaluate(() => (window as unknown as { analyses: number }).analyses);

describe('sensitive fields', () => {
  it('never analyses password, card, one-time-code or cc-* fields, or boxes in login and payment forms', async () => {
    const page = await h.open('sensitive.html');
    await countAnalyses(page);
    for (const id of ['password', 'card', 'otp', 'cc-notes', 'in-login', 'in-payment']) {
      await page.locator(`#${id}`).click();
      await page.keyboard.type(HEATED);
    }
    await page.waitForTimeout(500);
    expect(await analyses(page)).toBe(0);
    expect(await page.locator('reply-coach-ui').count()).toBe(0);
    // The same page's ordinary reply box is coached: the detector above is live.
    await page.locator('#reply').click();
    await page.keyboard.type(HEATED);
    await expect.poll(() => analyses(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it.each(['login.html', 'checkout.html'])('never analyses a box on %s', async (file) => {
    const page = await h.open(file);
    await countAnalyses(page);
    await page.locator('#box').click();
    await page.keyboard.type(HEATED);
    await page.waitForTimeout(500);
    expect(await analyses(page)).toBe(0);
    expect(await page.locator('reply-coach-ui').count()).toBe(0);
    await page.close();
  });
});

describe('bad stored settings', () => {
  it('fall back to defaults: the coach still runs, the popup opens, and the options page names the problem', async () => {
    await inWorker(h, () => chrome.storage.sync.set({ settings: { version: 1, enabled: 'yes please', sensitivity: 42, categories: 'all' } }), null);
    await inWorker(h, () => chrome.storage.local.set({ lists: 'not even an object' }), null);
    const page = await h.open('textarea.html');
    const errors = errorsOf(page);
    await page.locator('#box').click();
    await page.keyboard.type(HEATED);
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await openPopup(h, page);
    expect(await popup.getByRole('switch', { name: 'Coach on' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => popup.getByRole('heading', { name: /^Shouting/ }).count()).toBe(1);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const alert = options.getByRole('alert').filter({ hasText: 'not valid' });
    await expect.poll(() => alert.textContent()).toMatch(/enabled: must be true or false/);
    expect(await alert.textContent()).toMatch(/sensitivity: must be one of/);
    // Saving any setting keeps the bad values aside, so export still has them.
    await options.getByRole('radio', { name: /Gentle/ }).check();
    const kept = await inWorker(h, async () => (await chrome.storage.local.get('rejectedSettings')).rejectedSettings, null);
    expect(kept).toMatchObject({ sync: { enabled: 'yes please' }, local: 'not even an object' });
    expect(errors).toEqual([]);
    await inWorker(h, async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    }, null);
    for (const p of [options, popup, page]) await p.close();
  });
});

describe('a page that fights back', () => {
  it('keeps the badge, card and apply working, and the page keeps its own behaviour', async () => {
    const page = await h.open('hostile.html');
    const errors = errorsOf(page);
    expect(await page.evaluate(() => (window as unknown as { pageState: { evalBlocked: boolean } }).pageState.evalBlocked)).toBe(true);
    await page.locator('#box').click();
    await page.keyboard.type(HEATED, { delay: 2 });
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    // Styled despite style-src 'self': the badge is a round, fixed button, not bare text.
    expect(await badge(page).evaluate((b) => [getComputedStyle(b).position, getComputedStyle(b).borderRadius])).toEqual(['fixed', '13px']);
    await badge(page).click();
    await page.locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    const state = await page.evaluate(() => (window as unknown as { pageState: { keys: number; mutations: number; attachShadowCalls: number } }).pageState);
    expect(state.keys).toBe(HEATED.length);
    expect(state.mutations).toBeGreaterThan(50);
    expect(state.attachShadowCalls).toBe(0);
    // The page's tampering is still in place: the coach did not repair or wrap its built-ins.
    expect(await page.evaluate(() => Object.isFrozen(Array.prototype) && [1].includes(2))).toBe(true);
    expect(await page.locator('#noise > div').count()).toBe(5000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
