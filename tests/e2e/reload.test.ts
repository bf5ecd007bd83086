/** Reloading the extension with a page open: the old script's UI goes and nothing is thrown into the page. Destructive, so it has its own browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, errorsOf, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});


describe('extension reload', () => {
  it('removes the old UI and throws nothing into the page', async () => {
    const page = await h.open('textarea.html');
    const errors = errorsOf(page);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!!');
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    const [worker] = h.context.serviceWorkers();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await page.keyboard.type(' more');
    await expect.poll(() => page.locator('reply-coach-ui').count(), { timeout: 15_000 }).toBe(0);
    await page.keyboard.type(' and more');
    expect(await page.locator('#box').inputValue()).toBe('CALM DOWN!!! more and more');
    expect(errors.filter((e) => /Extension context invalidated|reply.?coach/i.test(e))).toEqual([]);
    await page.close();
  });
});
