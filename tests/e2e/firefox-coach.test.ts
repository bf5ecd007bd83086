/**
 * The in-page coach in Firefox ESR, in the core editors: type a heated draft, see the badge and underlines
 * that are drawn (screenshot pixels, not just ranges), apply the calmer rewrite into the editor's model,
 * undo it with one Ctrl+Z, and no extension request. Both underline looks are screenshotted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { HEATED } from './harness';
import { EXT, startFirefox, type FirefoxHarness } from './firefox-harness';
import { decodePng, redPixels } from './png';

const ARTIFACTS = resolve(__dirname, 'artifacts');
let h: FirefoxHarness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startFirefox();
  console.log(`Firefox under test: ${h.version}`);
});
afterAll(async () => {
  await h?.close();
});

interface Journey {
  file: string;
  /** What to click to type in (puppeteer selector; >>> pierces open shadow roots). */
  editable: string;
  /** The editor's own model (or value), as plain text. */
  read(page: Page): Promise<string>;
  textarea?: boolean;
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { readModel(): string }).readModel());
const value = (page: Page) => page.$eval('#box', (el) => (el as HTMLTextAreaElement).value);
const dom = (page: Page) =>
  page.$eval('#box', (el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.gmail_signature, .gmail_quote').forEach((n) => n.remove());
    document.body.append(clone);
    const text = clone.innerText.trim();
    clone.remove();
    return text;
  });

const JOURNEYS: Journey[] = [
  { file: 'textarea.html', editable: '#box', read: value, textarea: true },
  { file: 'plain-contenteditable.html', editable: '#box', read: dom },
  { file: 'contenteditable.html', editable: '#box', read: dom },
  { file: 'quill.html', editable: '.ql-editor', read: model },
  { file: 'prosemirror.html', editable: '.ProseMirror', read: model },
  { file: 'lexical.html', editable: '#box', read: model },
  { file: 'ckeditor.html', editable: '.ck-editor__editable', read: model },
  {
    file: 'shadow-textarea.html',
    editable: '#host >>> #box',
    read: (p) => p.evaluate(() => (document.getElementById('host')!.shadowRoot!.getElementById('box') as HTMLTextAreaElement).value),
    textarea: true,
  },
];

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A button in the coach's shadow root, by the start of its accessible name. */
async function uiButton(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (n: string) =>
      [...(document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
        (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith(n),
      ),
    { timeout: 10_000, polling: 100 },
    name,
  );
  return handle as unknown as ElementHandle<HTMLButtonElement>;
}

const badgeCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('button[data-count]')?.getAttribute('data-count') ?? -1));

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** Where "CALM DOWN" is drawn: the mirror's flagged span over a textarea, else the text's own range. */
function flaggedRect(page: Page, textarea: boolean) {
  return page.evaluate((isTextarea: boolean) => {
    if (isTextarea) {
      // The mirror over a textarea lives in our shadow root, next to the UI.
      const root = document.querySelector('reply-coach-ui')!.shadowRoot!;
      const span = root.querySelector('[data-reply-coach-mirror] span[data-severity="high"]') ?? root.querySelector('[data-reply-coach-mirror] span[data-severity]');
      const r = span!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf('CALM DOWN');
      if (i < 0 || n.parentElement?.closest('.gmail_quote, .gmail_signature, #customer')) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 'CALM DOWN'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error('no CALM DOWN on screen');
  }, textarea);
}

/** Red pixels in the flagged words' box, and in the band just under it (where an underline is drawn). */
async function drawn(page: Page, textarea: boolean, shot?: string) {
  const r = await flaggedRect(page, textarea);
  const clip = { x: Math.max(0, Math.floor(r.x) - 2), y: Math.max(0, Math.floor(r.y) - 2), width: Math.ceil(r.width) + 4, height: Math.ceil(r.height) + 10 };
  const png = await page.screenshot({ clip, type: 'png' });
  if (shot) writeFileSync(resolve(ARTIFACTS, shot), png);
  const px = decodePng(png);
  const glyphBottom = Math.round(r.height * 0.7) + 2;
  return { inText: redPixels(px, 0, glyphBottom) / (px.width * glyphBottom), under: redPixels(px, glyphBottom, px.height) };
}

async function typeHeated(page: Page, j: Journey) {
  await page.waitForSelector(j.editable);
  await page.click(j.editable);
  await page.keyboard.press('Home');
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  await page.keyboard.type(HEATED, { delay: 2 });
  expect(await poll(() => j.read(page), (t) => t.includes('CALM DOWN!!!'), 5_000)).toContain('CALM DOWN!!!');
  expect(await poll(() => badgeCount(page), (n) => n > 0)).toBeGreaterThan(0);
}

describe.each(JOURNEYS)('Firefox: $file', (j) => {
  it('shows the badge and visible underlines, applies the calmer rewrite to the editor model, and one Ctrl+Z restores the draft', async () => {
    const page = await h.open(j.file);
    await typeHeated(page, j);

    // Drawn, not just registered: red pixels at the flagged words (a textarea's mirror draws a wavy underline
    // under them; a rich editor's ::highlight() draws it, with the tint where Firefox may not draw it).
    const seen = await poll(() => drawn(page, !!j.textarea, `firefox-${j.file.replace('.html', '')}.png`), (d) => d.under + d.inText > 0, 5_000);
    expect(seen.under + seen.inText * 100, JSON.stringify(seen)).toBeGreaterThan(0);

    const original = await j.read(page);
    await (await uiButton(page, 'Reply coach')).click();
    await (await uiButton(page, 'Apply calmer')).click();
    const applied = await poll(() => j.read(page), (t) => !t.includes('CALM DOWN'), 5_000);
    expect(applied, applied).not.toContain('CALM DOWN');
    expect(applied).toMatch(/listing/i);
    const status = () => page.evaluate(() => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.card .status')?.textContent ?? '');
    expect(await poll(status, (t) => /Applied/.test(t), 5_000)).toMatch(/Applied the calmer rewrite/);

    // One Ctrl+Z straight after Apply, no typing in between, no second try.
    await page.click(j.editable);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(norm(await poll(() => j.read(page), (t) => norm(t) === norm(original), 3_000))).toBe(norm(original));
    await page.close();
  });
});

describe('Firefox: the underline looks, screenshotted', () => {
  const looks = async (look: 'underline' | 'tint') => {
    const page = await h.open('plain-contenteditable.html');
    // e2e builds only: the coach reads this before it draws its first underline.
    await page.evaluate((l: string) => document.documentElement.setAttribute('data-reply-coach-test-look', l), look);
    await typeHeated(page, JOURNEYS[1]);
    const style = () => page.evaluate(() => document.getElementById('reply-coach-highlight-style')?.getAttribute('data-look'));
    expect(await poll(style, (s) => s === look, 5_000)).toBe(look);
    const seen = await poll(() => drawn(page, false, `firefox-look-${look}.png`), (d) => d.under > 0 || d.inText > 0.2, 5_000);
    await page.close();
    return seen;
  };

  it('the tint (Firefox 140 to 145, and every Firefox build by default): a severity-coloured background behind the words', async () => {
    const seen = await looks('tint');
    expect(seen.inText, JSON.stringify(seen)).toBeGreaterThan(0.3);
  });

  it('the underline alone (where ::highlight() draws text-decoration, as this Firefox does from 146): a red wavy line under the words, no tint', async () => {
    const seen = await looks('underline');
    expect(seen.under, JSON.stringify(seen)).toBeGreaterThan(10);
    expect(seen.inText, JSON.stringify(seen)).toBeLessThan(0.05);
  });

  it('a Firefox build draws the tint by default (a computed "underline" in ::highlight() is no proof it is painted)', async () => {
    const page = await h.open('plain-contenteditable.html');
    await typeHeated(page, JOURNEYS[1]);
    expect(await poll(() => page.evaluate(() => document.getElementById('reply-coach-highlight-style')?.getAttribute('data-look')), (s) => !!s)).toBe('tint');
    await page.close();
  });
});

describe('Firefox: privacy', () => {
  it('the request watcher sees an extension page\'s request and not a page\'s own (controls)', async () => {
    // Every journey above was watched: nothing so far.
    expect(await h.extensionRequests()).toEqual([]);
    const page = await h.open('textarea.html');
    await page.evaluate((u: string) => fetch(u).then(() => 0), `${h.base}/page-own-request`);
    expect(await h.extensionRequests()).toEqual([]);
    await h.inExtension((u: string) => fetch(u).then(() => 0, () => 0), `${h.base}/watcher-control`);
    expect(await h.extensionRequests()).toEqual([`${h.base}/watcher-control`]);
    expect(EXT).toMatch(/^moz-extension:\/\//);
    await h.clearWatch();
    await page.close();
  });

  it('no extension context made a network request while typing, underlining, applying and undoing in every editor', async () => {
    // Runs last in this file (vitest keeps file order): every journey above was watched.
    const page = await h.open('quill.html');
    await typeHeated(page, JOURNEYS[3]);
    await (await uiButton(page, 'Reply coach')).click();
    await (await uiButton(page, 'Apply calmer')).click();
    await page.close();
    expect(await h.extensionRequests()).toEqual([]);
  });
});
