/** The in-page coach in a real browser: type a heated draft, see the badge and underlines, apply, keep typing, undo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { badge, startHarness, type Harness } from './harness';

const HEATED = 'CALM DOWN!!! As I already said, you should have read the listing.';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Fixture {
  file: string;
  /** The frame holding the box. */
  frame(page: Page): Promise<Page | Frame>;
  read(target: Page | Frame): Promise<string>;
  underlines(page: Page, target: Page | Frame): Promise<number>;
}

const textareaValue = (t: Page | Frame) => t.locator('#box').inputValue();
const editableText = (t: Page | Frame) =>
  t.locator('#box').evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.gmail_signature, .gmail_quote').forEach((n) => n.remove());
    return clone.innerText.trim();
  });
const mirrorUnderlines = (page: Page) => page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').count();
const highlightRanges = (t: Page | Frame) =>
  t.evaluate(() => {
    let n = 0;
    for (const name of ['reply-coach-high', 'reply-coach-medium', 'reply-coach-low']) n += (CSS.highlights.get(name)?.size ?? 0) as number;
    return n;
  });

const FIXTURES: Fixture[] = [
  { file: 'textarea.html', frame: async (p) => p, read: textareaValue, underlines: (p) => mirrorUnderlines(p) },
  { file: 'contenteditable.html', frame: async (p) => p, read: editableText, underlines: (_p, t) => highlightRanges(t) },
  {
    file: 'iframe.html',
    frame: async (p) => {
      const f = p.frameLocator('#frame');
      await f.locator('#box').waitFor();
      return p.frames().find((fr) => fr.url().endsWith('/iframe-inner.html'))!;
    },
    read: editableText,
    underlines: (_p, t) => highlightRanges(t),
  },
];

describe.each(FIXTURES)('$file', (fx) => {
  it('underlines a heated draft, applies the calmer rewrite, keeps typing, and undoes with Ctrl+Z', async () => {
    const page = await h.open(fx.file);
    const target = await fx.frame(page);
    await target.locator('#box').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEATED, { delay: 2 });
    const b = badge(target as Page);
    await expect.poll(async () => Number(await b.getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => fx.underlines(page, target), { timeout: 5_000 }).toBeGreaterThan(0);
    const original = await fx.read(target);
    expect(original).toContain('CALM DOWN!!!');
    const keep = () => target.evaluate(() => [...document.querySelectorAll('.gmail_signature, .gmail_quote')].map((n) => n.outerHTML).join('|'));
    const kept = await keep();

    await b.click();
    await (target as Page).locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => fx.read(target), { timeout: 5_000 }).not.toContain('CALM DOWN');
    const applied = await fx.read(target);
    expect(applied).toMatch(/listing/i);
    expect(applied).not.toMatch(/as I already said/i);
    // The signature and quoted history are exactly as they were, and no markup of ours is in the editor.
    expect(await keep()).toBe(kept);
    expect(await target.locator('#box').evaluate((el) => el.querySelector('[data-reply-coach-mirror], reply-coach-ui, mark, span[data-severity]'))).toBeNull();

    await target.locator('#box').press('End');
    await page.keyboard.type(' Thanks');
    await expect.poll(() => fx.read(target)).toMatch(/Thanks$/);

    // Undo the typing, then the rewrite: the original draft is back.
    for (let i = 0; i < 8 && !(await fx.read(target)).includes('CALM DOWN'); i++) await page.keyboard.press('Control+z');
    expect((await fx.read(target)).replace(/\s+/g, ' ')).toBe(original.replace(/\s+/g, ' '));
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request during the run', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
