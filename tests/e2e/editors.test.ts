/**
 * Editors beyond the matrix in coach.test.ts: boxes inside open shadow roots (focus before the coach
 * loads, focus moving inside one root, opt-outs around the host, the box's own scrolling, underline
 * styles inside the root), a tall box at the bottom of the window, and pages that fight the write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEATED, badge, errorsOf, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const count = async (page: Page) => Number(await badge(page).getAttribute('data-count'));
const card = (page: Page) => page.locator('reply-coach-ui .card');
const status = (page: Page) => page.locator('reply-coach-ui .card .status').textContent();

describe('open shadow roots', () => {
  it('finds a textarea in a shadow root that had the focus before the extension ran', async () => {
    const page = await h.open('shadow-textarea.html?autofocus');
    // Focused by the page itself, before document_idle: no click, no focusin after the entry is there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('box');
    await page.keyboard.type(HEATED);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('follows focus moving between two boxes of one shadow root, and ignores a host inside an opt-out', async () => {
    const page = await h.open('shadow-textarea.html');
    await page.locator('#host #box').click();
    await page.keyboard.type('Thanks for your patience, I am sorry for the wait.');
    await expect.poll(() => badge(page).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => count(page)).toBe(0);
    await page.locator('#host #note').click();
    await page.keyboard.type(HEATED);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const mirrors = page.locator('reply-coach-ui [data-reply-coach-mirror]');
    await expect.poll(() => mirrors.count()).toBe(2);
    // The host inside data-gramm="false": its textarea is never read, whatever is typed (no third mirror).
    await page.locator('#optout #box').click();
    await page.keyboard.type(HEATED);
    expect(await page.locator('#optout #box').inputValue()).toBe(HEATED);
    await page.waitForTimeout(600);
    expect(await mirrors.count()).toBe(2);
    await page.close();
  });

  it("moves the underlines with the box's own scrolling inside the shadow root", async () => {
    const page = await h.open('shadow-textarea.html');
    await page.locator('#host #box').click();
    await page.keyboard.insertText('Line\n'.repeat(30));
    await page.keyboard.type(HEATED);
    await expect.poll(() => page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const shift = () => page.locator('reply-coach-ui [data-reply-coach-mirror] > div').evaluate((el) => (el as HTMLElement).style.transform);
    await page.locator('#host #box').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(shift).toBe('translate(0px, 0px)');
    await page.locator('#host #box').evaluate((el) => (el.scrollTop = 120));
    await expect.poll(shift).toBe('translate(0px, -120px)');
    await page.close();
  });

  it('keeps the ::highlight styles inside the shadow root of a contenteditable', async () => {
    const page = await h.open('shadow-contenteditable.html');
    await page.locator('#box').click();
    await page.keyboard.type(HEATED);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const css = await page.evaluate(() => document.getElementById('host')!.shadowRoot!.querySelector('#reply-coach-highlight-style')?.textContent ?? '');
    expect(css).toMatch(/::highlight\(reply-coach-high\)/);
    await page.close();
  });
});

describe('the card fits the window', () => {
  it('opens beside a 260 px box at the bottom of a 1100x620 window, and Apply is clicked without scrolling the page', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 620 });
    await page.goto(`${h.base}/tall.html`);
    await page.locator('#box').click();
    await page.keyboard.type(HEATED);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await badge(page).click();
    const apply = page.locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' });
    const boxRect = (await page.locator('#box').boundingBox())!;
    const cardRect = (await card(page).boundingBox())!;
    const applyRect = (await apply.boundingBox())!;
    // The whole card, and its Apply button, are inside the window; the card does not cover the box.
    expect(cardRect.y).toBeGreaterThanOrEqual(0);
    expect(cardRect.y + cardRect.height).toBeLessThanOrEqual(620);
    expect(cardRect.y + cardRect.height).toBeLessThanOrEqual(boxRect.y);
    expect(applyRect.y + applyRect.height).toBeLessThanOrEqual(620);
    // A real mouse click at the button's place on screen: no scrolling into view.
    await page.mouse.click(applyRect.x + applyRect.width / 2, applyRect.y + applyRect.height / 2);
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    await page.close();
  });
});

describe('pages that fight the write', () => {
  const open = async (query = '') => {
    const page = await h.open(`apply-hostile.html${query}`);
    return { page, errors: errorsOf(page) };
  };
  const applyIn = async (page: Page, id: string) => {
    await page.locator(`#${id}`).click();
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await badge(page).click();
    await page.locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' }).click();
  };
  const text = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => (el as HTMLElement).innerText.trim());

  it('a page that cancels every beforeinput: nothing is written twice, the draft is as it was, and the card says the rewrite is on the clipboard', async () => {
    const { page, errors } = await open();
    await applyIn(page, 'cancel');
    await expect.poll(() => status(page), { timeout: 5_000 }).toMatch(/did not accept the change.*clipboard/);
    expect(await text(page, 'cancel')).toBe(HEATED);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an editor that throws in its own handler: the rewrite still goes in through the next path, and only the page\'s own error is seen', async () => {
    const { page, errors } = await open();
    await applyIn(page, 'throws');
    await expect.poll(() => status(page), { timeout: 5_000 }).toMatch(/Applied the calmer rewrite/);
    expect(await text(page, 'throws')).not.toContain('CALM DOWN');
    expect(errors.filter((e) => !/editor handler failed/.test(e))).toEqual([]);
    await page.close();
  });

  it('a box removed mid-apply: no exception reaches the page', async () => {
    const { page, errors } = await open();
    await applyIn(page, 'vanish');
    await expect.poll(() => page.locator('#vanish').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an editor that garbles the write: the draft is put back exactly, and the card says so', async () => {
    const { page, errors } = await open('?garble=1');
    await applyIn(page, 'garble');
    await expect.poll(() => status(page), { timeout: 5_000 }).toMatch(/put back as it was/);
    expect(await text(page, 'garble')).toBe(HEATED);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an editor that garbles the write and the restore: the card offers "Restore my draft", which puts it back', async () => {
    const { page, errors } = await open('?garble=2');
    await applyIn(page, 'garble');
    await expect.poll(() => status(page), { timeout: 5_000 }).toMatch(/would not take your draft back/);
    expect(await text(page, 'garble')).not.toBe(HEATED);
    const restore = page.locator('reply-coach-ui').getByRole('button', { name: 'Restore my draft' });
    await restore.click();
    await expect.poll(() => text(page, 'garble'), { timeout: 5_000 }).toBe(HEATED);
    await expect.poll(() => status(page)).toMatch(/Your draft is back/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
