/**
 * Accessibility and looks, by machine and by eye: axe-core over the panel, the finding card, the popup,
 * the options page and the welcome page (zero serious or critical violations, light and dark), and
 * screenshots of each at 1280x800, 1100x620 and 800x600, light and dark, in tests/e2e/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEATED, badge, openPopup, startHarness, type Harness } from './harness';

const ARTIFACTS = resolve(__dirname, 'artifacts');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = [
  [1280, 800],
  [1100, 620],
  [800, 600],
] as const;
const SCHEMES = ['light', 'dark'] as const;

let h: Harness;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core in the page over `include` (shadow DOM selectors as arrays) and returns the serious and critical violations. */
async function axe(page: Page, include?: string[][]): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so the web pages get a script tag and our pages an evaluation.
  if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE);
  else await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    // Into our shadow root by axe's fromShadowDom paths (a bare array of selectors matches nothing there).
    const r = await axe.run(inc ? { include: inc.map((path) => ({ fromShadowDom: path })) } : document, { resultTypes: ['violations'] });
    if (inc && r.passes.length === 0 && r.violations.length === 0) throw new Error(`axe checked nothing in ${JSON.stringify(inc)}`);
    return r.violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} (${n.failureSummary ?? ''})`).join('; ')}`);
}

async function shoot(page: Page, name: string, open?: () => Promise<void>) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, hgt] of SIZES) {
      await page.setViewportSize({ width: w, height: hgt });
      if (open) await open();
      await page.waitForTimeout(150);
      await page.screenshot({ path: resolve(ARTIFACTS, `${name}-${w}x${hgt}-${scheme}.png`) });
    }
  }
}

async function heated(fixture = 'conversation.html?site=ebay'): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.base}/${fixture}`);
  await page.locator('#box').click();
  await page.keyboard.type(`${HEATED} Whatever, I guess maybe it could possibly be late.`, { delay: 1 });
  await expect.poll(async () => Number(await badge(page).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(2);
  return page;
}

const panel = (page: Page) => page.locator('reply-coach-ui .panel');
const fcard = (page: Page) => page.locator('reply-coach-ui .fcard');

describe('the in-page coach', () => {
  it('the panel: no serious or critical axe violations on either tab, light and dark; screenshots', async () => {
    const page = await heated();
    const open = async () => {
      if (!(await panel(page).count())) await badge(page).click();
      await panel(page).waitFor();
    };
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await open();
      expect(await axe(page, [['reply-coach-ui', '.panel']]), scheme).toEqual([]);
      await page.locator('reply-coach-ui').getByRole('tab', { name: /Findings and checks/ }).click();
      expect(await axe(page, [['reply-coach-ui', '.panel']]), `${scheme}, findings tab`).toEqual([]);
      await page.locator('reply-coach-ui').getByRole('tab', { name: 'Rewrites' }).click();
    }
    // The check can fail: an unnamed button put into the panel's shadow root is reported.
    await page.evaluate(() => document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.panel .phead')!.append(document.createElement('button')));
    expect((await axe(page, [['reply-coach-ui', '.panel']])).join('\n')).toMatch(/critical button-name/);
    await page.evaluate(() => document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.panel .phead button:empty')!.remove());
    await shoot(page, 'panel', open);
    await page.locator('reply-coach-ui').getByRole('tab', { name: /Findings and checks/ }).click();
    await shoot(page, 'panel-findings', async () => {
      await open();
      await page.locator('reply-coach-ui').getByRole('tab', { name: /Findings and checks/ }).click();
    });
    await page.close();
  });

  it('the finding card and the badge: no serious or critical axe violations, light and dark; screenshots', async () => {
    const page = await heated();
    const open = async () => {
      if (await fcard(page).count()) return;
      const mark = page.locator('reply-coach-ui [data-reply-coach-mirror] span[data-severity]').first();
      const r = (await mark.boundingBox())!;
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
      await fcard(page).waitFor();
    };
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await open();
      expect(await axe(page, [['reply-coach-ui', '.fcard']]), scheme).toEqual([]);
      expect(await axe(page, [['reply-coach-ui', '.badge']]), `${scheme}, badge`).toEqual([]);
    }
    await shoot(page, 'finding-card', open);
    await page.close();
  });
});

describe('extension pages', () => {
  it('the popup: no serious or critical axe violations, light and dark; screenshots', async () => {
    const page = await heated('textarea.html');
    const popup = await openPopup(h, page);
    await popup.getByRole('button', { name: 'Apply calmer' }).waitFor();
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axe(popup), scheme).toEqual([]);
    }
    await shoot(popup, 'popup');
    await popup.close();
    await page.close();
  });

  it('the options page: no serious or critical axe violations, light and dark; screenshots', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('main.options:not([aria-busy])').waitFor();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axe(options), scheme).toEqual([]);
    }
    await shoot(options, 'options');
    await options.close();
  });

  it('the welcome page: a live try-it box, the built-in sites, turning it on elsewhere, pinning, privacy; no serious or critical axe violations; screenshots', async () => {
    const welcome = await h.context.newPage();
    await welcome.goto(`chrome-extension://${h.extensionId}/welcome.html`);
    const box = welcome.getByRole('textbox', { name: 'Your reply' });
    await box.waitFor();
    // The sample draft is judged by the engine on the page.
    await expect.poll(() => welcome.locator('.try-findings li').count()).toBeGreaterThan(1);
    await box.fill('Thanks for your patience. I am sorry the parcel is late; I will send a new one today.');
    await expect.poll(() => welcome.locator('.try-findings li').count()).toBe(0);
    await expect.poll(() => welcome.getByText('Nothing to flag').count()).toBe(1);
    await box.fill('You should have read the listing!!!');
    await expect.poll(() => welcome.locator('.try-findings li').count()).toBeGreaterThan(0);
    const text = await welcome.locator('main').textContent();
    for (const part of [/Gmail/, /Zendesk/, /eBay/, /On this site/, /Pin the icon/, /Everything runs on your computer/, /Alt\+Shift\+R/]) expect(text).toMatch(part);
    for (const scheme of SCHEMES) {
      await welcome.emulateMedia({ colorScheme: scheme });
      expect(await axe(welcome), scheme).toEqual([]);
    }
    await shoot(welcome, 'welcome');
    await welcome.close();
  });
});
