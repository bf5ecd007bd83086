/**
 * The in-page coach in a real browser, in every editor of the README's matrix: type a heated draft with the keyboard, see the badge
 * and underlines, apply the calmer rewrite (and check the editor's own model has it), keep typing, undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HEATED, badge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Target = Page | Frame;

interface Fixture {
  file: string;
  /** What to click to type in. */
  editable: string;
  /** The frame holding the editable, when it is not the page. */
  frame?(page: Page): Promise<Frame>;
  /** The editor's own model (or value), as plain text. */
  read(page: Page, target: Target): Promise<string>;
  /** Underlines on screen: textarea mirrors, or Highlight API ranges. */
  textarea?: boolean;
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { readModel(): string }).readModel());
const value = (_p: Page, t: Target) => t.locator('#box').inputValue();
const dom = (_p: Page, t: Target) =>
  t.locator('#box').evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.gmail_signature, .gmail_quote').forEach((n) => n.remove());
    return clone.innerText.trim();
  });
const frameByUrl = (suffix: string) => async (p: Page) => {
  await p.waitForFunction(() => [...document.querySelectorAll('iframe')].some((f) => f.contentDocument?.body));
  for (let i = 0; i < 50; i++) {
    const f = p.frames().find((fr) => fr !== p.mainFrame() && (suffix === '' || fr.url().endsWith(suffix)));
    if (f) return f;
    await p.waitForTimeout(100);
  }
  throw new Error('frame not found');
};

const FIXTURES: Fixture[] = [
  { file: 'textarea.html', editable: '#box', read: value, textarea: true },
  { file: 'react-textarea.html', editable: '#box', read: model, textarea: true },
  { file: 'contenteditable.html', editable: '#box', read: dom },
  { file: 'iframe.html', editable: '#box', frame: frameByUrl('/iframe-inner.html'), read: dom },
  { file: 'quill.html', editable: '.ql-editor', read: model },
  { file: 'tinymce.html', editable: '#tinymce', frame: frameByUrl(''), read: model },
  { file: 'ckeditor.html', editable: '.ck-editor__editable', read: model },
  { file: 'prosemirror.html', editable: '.ProseMirror', read: model },
  { file: 'lexical.html', editable: '#box', read: model },
  { file: 'draft.html', editable: '.public-DraftEditor-content', read: model },
  { file: 'slate.html', editable: '[data-slate-editor]', read: model },
  { file: 'trix.html', editable: 'trix-editor', read: model },
  { file: 'roosterjs.html', editable: '#box', read: model },
  { file: 'tiptap.html', editable: '.ProseMirror', read: model },
  { file: 'quill1.html', editable: '.ql-editor', read: model },
  { file: 'ckeditor4.html', editable: 'body', frame: frameByUrl(''), read: model },
  { file: 'shadow-textarea.html', editable: '#host #box', read: (_p, t) => t.locator('#host #box').inputValue(), textarea: true },
  { file: 'shadow-contenteditable.html', editable: '#box', read: dom },
];

const mirrorUnderlines = (page: Page) => page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').count();
const highlightRanges = (t: Target) =>
  t.evaluate(() => ['reply-coach-high', 'reply-coach-medium', 'reply-coach-low'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));

describe.each(FIXTURES)('$file', (fx) => {
  it('underlines a heated draft, applies the calmer rewrite to the editor model, undoes it with one Ctrl+Z, and keeps typing', async () => {
    const page = await h.open(fx.file);
    const target: Target = fx.frame ? await fx.frame(page) : page;
    const editable = target.locator(fx.editable).first();
    await editable.waitFor();
    await editable.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEATED, { delay: 2 });
    await expect.poll(() => fx.read(page, target), { timeout: 5_000 }).toContain('CALM DOWN!!!');

    const b = badge(target as Page);
    await expect.poll(async () => Number(await b.getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => (fx.textarea ? mirrorUnderlines(page) : highlightRanges(target)), { timeout: 5_000 }).toBeGreaterThan(0);
    const original = await fx.read(page, target);
    const keep = () => target.evaluate(() => [...document.querySelectorAll('.gmail_signature, .gmail_quote')].map((n) => n.outerHTML).join('|'));
    const kept = await keep();

    await b.click();
    await (target as Page).locator('reply-coach-ui').getByRole('button', { name: 'Apply calmer' }).click();
    await expect.poll(() => fx.read(page, target), { timeout: 5_000 }).not.toContain('CALM DOWN');
    const applied = await fx.read(page, target);
    expect(applied, applied).toMatch(/listing/i);
    expect(applied).not.toMatch(/as I already said/i);
    expect(await keep()).toBe(kept);
    expect(await target.locator(fx.editable).first().evaluate((el) => el.querySelector('[data-reply-coach-mirror], reply-coach-ui, span[data-severity]'))).toBeNull();

    // The card says what happened.
    await expect.poll(() => (target as Page).locator('reply-coach-ui .card .status').textContent()).toMatch(/Applied the calmer rewrite/);

    // One Ctrl+Z straight after Apply, with no typing in between and no second try, brings the draft back.
    await editable.focus();
    await page.keyboard.press('Control+z');
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => norm(await fx.read(page, target)), { timeout: 3_000 }).toBe(norm(original));

    // And the editor still takes typing after the undo. The undo leaves the old span selected and the
    // editor owns the caret for a moment after it (ProseMirror puts its own selection back for 50 ms;
    // Slate reads selectionchange at most every 100 ms), so a user's Ctrl+Home comes a beat later.
    await page.waitForTimeout(150);
    await page.keyboard.press('Control+Home');
    await expect.poll(() => target.evaluate(() => !!document.getSelection()?.isCollapsed)).toBe(true);
    await page.waitForTimeout(150);
    await page.keyboard.type('Thanks. ');
    await expect.poll(async () => norm(await fx.read(page, target))).toBe(norm(`Thanks. ${original}`));
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request during the run', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
