/**
 * The learned tone model in the page: its weights arrive as their own script after the coach starts,
 * and then a sentence only the model hears (no rule lists its words) is flagged, with the words that weigh most.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the tone model in the page', () => {
  it('loads tone-model.js and flags a contemptuous sentence no rule lists', async () => {
    const page = await h.open('textarea.html');
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/tone-model.js')) loaded.push(r.url());
    });
    await page.click('#box');
    await page.keyboard.type('Your attitude is disgusting and pathetic.', { delay: 2 });
    const b = badge(page);
    await expect.poll(async () => Number(await b.getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    // Chrome reports a web-accessible resource twice: under its dynamic URL and the extension's own.
    expect(loaded.length).toBeGreaterThan(0);
    await b.click();
    // The panel opens on the rewrites; the findings, with their reasons, are a tab away.
    await page.locator('reply-coach-ui').getByRole('tab', { name: /Findings/ }).click();
    await expect.poll(() => page.locator('reply-coach-ui').getByText(/reads as hostile/).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
