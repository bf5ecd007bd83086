/** The in-page coach under stress: huge pastes, many boxes, boxes that vanish, hostile CSS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, errorsOf, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});


describe('bad input in the page', () => {
  it('takes a 200 KB pasted draft and keeps typing responsive', async () => {
    const page = await h.open('textarea.html');
    const errors = errorsOf(page);
    await page.locator('#box').click();
    const big = 'You should have read the listing!!! Your order #1234 shipped today. '.repeat(3000);
    expect(big.length).toBeGreaterThan(200_000);
    await page.keyboard.insertText(big);
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.keyboard.type(' ok');
    await expect.poll(() => page.locator('#box').inputValue()).toMatch(/ ok$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles 50 reply boxes on one page with one badge for the focused box', async () => {
    const page = await h.open('many.html');
    const errors = errorsOf(page);
    for (const i of [1, 25, 50]) {
      await page.locator(`#box${i}`).click();
      await page.keyboard.type(`CALM DOWN!!! ${i}`);
    }
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await badge(page).count()).toBe(1);
    expect(await page.locator('#box25').inputValue()).toBe('CALM DOWN!!! 25');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops a box removed mid-analysis without errors, and its badge goes', async () => {
    const page = await h.open('textarea.html');
    const errors = errorsOf(page);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!!');
    await page.evaluate(() => document.getElementById('box')!.remove());
    await page.waitForTimeout(500);
    await expect.poll(() => badge(page).count()).toBe(0);
    expect(await page.locator('reply-coach-ui [data-reply-coach-mirror]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the badge and card working on a page that restyles everything with !important', async () => {
    const page = await h.open('hostile-css.html');
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!! As I already said, no.');
    const b = badge(page);
    await expect.poll(async () => Number(await b.getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(b.isVisible()).resolves.toBe(true);
    await b.click();
    const apply = page.locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' });
    await expect(apply.isVisible()).resolves.toBe(true);
    await apply.click();
    await expect.poll(() => page.locator('#box').inputValue()).not.toContain('CALM DOWN');
    await page.close();
  });
});

describe('keyboard', () => {
  it('Shift+Tab from the box reaches the badge, Enter opens the panel, Escape closes it and returns focus to the box', async () => {
    const page = await h.open('textarea.html');
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!!');
    const b = badge(page);
    await expect.poll(async () => Number(await b.getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => b.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.locator('reply-coach-ui').getByRole('dialog', { name: 'Reply coach' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => b.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('box');
    await page.close();
  });
});

describe('underlines', () => {
  it('hovering an underline shows its reason, and clicking it opens the card for that finding', async () => {
    const page = await h.open('textarea.html');
    await page.locator('#box').click();
    await page.keyboard.type('Thanks for waiting. CALM DOWN please.');
    const mark = page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').first();
    await expect.poll(() => mark.count(), { timeout: 10_000 }).toBe(1);
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('reply-coach-ui').getByRole('tooltip');
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toMatch(/Dismissing the customer|capitals/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator('reply-coach-ui .fcard');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('button.fix').textContent()).toMatch(/^(Replace with|Remove).*calm down/i);
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });
});
