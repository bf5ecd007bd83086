/**
 * The in-page coach as a user meets it: the finding card (its own fix, dismiss, never flag, turn off),
 * focus that never leaves the box on a click, the tooltip's life, the panel (tabs, footer, close,
 * outside click, Escape, focus trap, placement away from the customer's message), the keyboard
 * (Shift+Tab to the badge, the shortcut's message), the "Checking…" state, and bad input (the window's
 * edge, a resize, two boxes, hostile CSS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, errorsOf, inWorker, startHarness, tabIdOf, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ui = (page: Page) => page.locator('reply-coach-ui');
const marks = (page: Page) => ui(page).locator('[data-reply-coach-mirror] span[data-severity]');
const fcard = (page: Page) => ui(page).locator('.fcard');
const panel = (page: Page) => ui(page).getByRole('dialog', { name: 'Reply coach', exact: true });
const count = async (page: Page) => Number(await badge(page).getAttribute('data-count'));
/** The id of the deeply focused element (through shadow roots), or the tag of our UI's focused element. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id || el?.className || el?.tagName || '';
  });
const inWindow = async (page: Page, r: { x: number; y: number; width: number; height: number } | null) => {
  const vp = page.viewportSize()!;
  expect(r).not.toBeNull();
  expect(r!.x).toBeGreaterThanOrEqual(0);
  expect(r!.y).toBeGreaterThanOrEqual(0);
  expect(r!.x + r!.width).toBeLessThanOrEqual(vp.width + 0.5);
  expect(r!.y + r!.height).toBeLessThanOrEqual(vp.height + 0.5);
};
const settingsOf = (h: Harness) =>
  inWorker(h, async () => {
    const sync = (await chrome.storage.sync.get('settings')).settings ?? {};
    const local = (await chrome.storage.local.get('lists')).lists ?? {};
    return { ...sync, ...local } as { ignoreWords?: string[]; categories?: Record<string, boolean> };
  }, null);
const resetSettings = () =>
  inWorker(h, async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  }, null);

async function typed(text: string, fixture = 'textarea.html'): Promise<Page> {
  const page = await h.open(fixture);
  await page.locator('#box').click();
  await page.keyboard.type(text, { delay: 1 });
  await expect.poll(() => marks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

async function clickMark(page: Page, text: RegExp) {
  const mark = marks(page).filter({ hasText: text }).first();
  const r = (await mark.boundingBox())!;
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  return r;
}

describe('the finding card', () => {
  it('a click on an underline opens the card next to it, keeps the caret in the box, and typing goes on into the box', async () => {
    const page = await typed('Thanks for waiting. CALM DOWN please.');
    const r = await clickMark(page, /CALM DOWN/);
    await expect.poll(() => fcard(page).count()).toBe(1);
    expect(await focusedId(page)).toBe('box');
    // Next to the underline: its top edge within a line of the underline, inside the window.
    const c = (await fcard(page).boundingBox())!;
    await inWindow(page, c);
    expect(Math.min(Math.abs(c.y - (r.y + r.height)), Math.abs(c.y + c.height - r.y))).toBeLessThan(30);
    await expect.poll(() => fcard(page).textContent()).toMatch(/capitals|Dismissing the customer/i);
    // The card has the finding's own actions.
    for (const name of [/^(Replace with|Remove)/, /^Dismiss$/, /^Never flag this phrase$/, /^Turn off /]) expect(await fcard(page).getByRole('button', { name }).count()).toBe(1);
    // Typing goes into the box (the click never took focus), and an edit closes the card.
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(() => page.locator('#box').inputValue()).toMatch(/!$/);
    await expect.poll(() => fcard(page).count()).toBe(0);
    await page.close();
  });

  it('"Replace with" changes only the finding\'s span, through the editor, and one Ctrl+Z undoes it', async () => {
    const page = await typed('Thanks for waiting. I checked and it is NOT lost, it ships today.');
    const before = await page.locator('#box').inputValue();
    await clickMark(page, /NOT/);
    const fix = fcard(page).getByRole('button', { name: /^Replace with/ });
    await expect.poll(() => fix.textContent()).toMatch(/not/);
    await fix.click();
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).toBe(before.replace('NOT', 'not'));
    // Focus is back in the box, and one undo brings the draft back.
    await expect.poll(() => focusedId(page)).toBe('box');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#box').inputValue()).toBe(before);
    await page.close();
  });

  it('"Dismiss" hides that finding for this draft; "Never flag this phrase" stores it and its underline goes; "Turn off" switches the category off', async () => {
    await resetSettings();
    const page = await typed('CALM DOWN!!! As I already said, the parcel shipped.');
    const n = await count(page);
    expect(n).toBeGreaterThan(1);
    await clickMark(page, /As I already said/);
    await fcard(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => count(page)).toBe(n - 1);
    expect(await marks(page).filter({ hasText: /As I already said/ }).count()).toBe(0);
    expect(await focusedId(page)).toBe('box');

    await clickMark(page, /CALM DOWN/);
    await fcard(page).getByRole('button', { name: 'Never flag this phrase' }).click();
    await expect.poll(async () => (await settingsOf(h)).ignoreWords ?? []).toContain('CALM DOWN');
    await expect.poll(() => marks(page).filter({ hasText: /^CALM DOWN$/ }).count()).toBe(0);

    await clickMark(page, /!!!/);
    const off = fcard(page).getByRole('button', { name: /^Turn off / });
    await off.click();
    await expect.poll(async () => (await settingsOf(h)).categories?.exclamation).toBe(false);
    await expect.poll(() => marks(page).filter({ hasText: /!!!/ }).count()).toBe(0);
    await resetSettings();
    await page.close();
  });

  it('a page script clicking the card\'s buttons cannot change settings (untrusted clicks)', async () => {
    await resetSettings();
    const page = await typed('Thanks. CALM DOWN please.');
    await clickMark(page, /CALM DOWN/);
    await expect.poll(() => fcard(page).count()).toBe(1);
    await page.evaluate(() => {
      const root = document.querySelector('reply-coach-ui')!.shadowRoot!;
      for (const b of root.querySelectorAll<HTMLButtonElement>('.fmore button')) if (!/Dismiss/.test(b.textContent ?? '')) b.click();
    });
    await page.waitForTimeout(300);
    expect((await settingsOf(h)).ignoreWords ?? []).toEqual([]);
    await page.close();
  });

  it('is reached from the keyboard: Shift+Tab from the box moves into an open card; Escape closes it and puts the caret back', async () => {
    const page = await typed('Thanks for waiting. CALM DOWN please.');
    await clickMark(page, /CALM DOWN/);
    await expect.poll(() => fcard(page).count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedId(page)).toMatch(/fix|primary/);
    // Focus stays inside the card.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.querySelector('reply-coach-ui')!.shadowRoot!.activeElement?.closest('.fcard'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => fcard(page).count()).toBe(0);
    expect(await focusedId(page)).toBe('box');
    await page.close();
  });
});

describe('the tooltip', () => {
  it('shows on hover, goes when the card opens, when the pointer leaves, and after an edit; underlines under the card never fire', async () => {
    const page = await typed('Thanks for waiting. CALM DOWN please. You should have read the listing.');
    const tip = ui(page).getByRole('tooltip');
    const mark = marks(page).filter({ hasText: /CALM DOWN/ }).first();
    const r = (await mark.boundingBox())!;
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => tip.count()).toBe(1);
    // Pointer leaves: gone.
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.count()).toBe(0);
    // Card opens: gone.
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => tip.count()).toBe(1);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => fcard(page).count()).toBe(1);
    expect(await tip.count()).toBe(0);
    // Over the card (which may cover other underlines): no tooltip.
    const c = (await fcard(page).boundingBox())!;
    for (const [dx, dy] of [[10, 10], [c.width / 2, c.height / 2], [c.width - 10, c.height - 10]]) {
      await page.mouse.move(c.x + dx, c.y + dy);
      await page.waitForTimeout(80);
      expect(await tip.count()).toBe(0);
    }
    // After an edit: gone, even with the pointer still on an underline.
    await page.keyboard.press('Escape');
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => tip.count()).toBe(1);
    await page.keyboard.type('x');
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });
});

describe('hovering', () => {
  it('resting on an underline opens its card without a click (and without focus); leaving both closes it; moving onto the card keeps it', async () => {
    const page = await typed('Thanks for waiting. CALM DOWN please. You should have read the listing.');
    const mark = marks(page).filter({ hasText: /CALM DOWN/ }).first();
    const r = (await mark.boundingBox())!;
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => fcard(page).count(), { timeout: 3_000 }).toBe(1);
    expect(await ui(page).getByRole('tooltip').count()).toBe(0);
    expect(await focusedId(page)).toBe('box');
    // Onto the card, through the gap: it stays.
    const c = (await fcard(page).boundingBox())!;
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await fcard(page).count()).toBe(1);
    // Away from both: it goes.
    await page.mouse.move(2, 2, { steps: 3 });
    await expect.poll(() => fcard(page).count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  });
});

describe('the panel', () => {
  it('opens on the rewrites with findings a tab away, fits the window with its footer in view, closes by button, outside click and Escape, and gives focus back to the box', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 620 });
    await page.goto(`${h.base}/textarea.html`);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!! As I already said, you should have read the listing. Whatever. I guess maybe it could possibly be late, sorry sorry sorry.', { delay: 1 });
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(3);
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    const rewritesTab = ui(page).getByRole('tab', { name: 'Rewrites' });
    expect(await rewritesTab.getAttribute('aria-selected')).toBe('true');
    expect(await ui(page).locator('.rewrite[data-kind="calmer"]').count()).toBe(1);
    expect(await ui(page).locator('.pbody .finding').count()).toBe(0);
    await inWindow(page, await panel(page).boundingBox());
    for (const name of ['Apply calmer', 'Apply firmer', 'Copy calmer', 'Copy firmer']) await inWindow(page, await ui(page).getByRole('button', { name, exact: true }).boundingBox());
    // Findings and checks are one tab away.
    await ui(page).getByRole('tab', { name: /Findings and checks/ }).click();
    await expect.poll(() => ui(page).locator('.pbody .finding').count()).toBeGreaterThan(3);
    expect(await ui(page).locator('.pbody .checks li').count()).toBe(3);
    await inWindow(page, await ui(page).getByRole('button', { name: 'Apply calmer' }).boundingBox());

    // Close button.
    await ui(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await focusedId(page)).toBe('box');
    // Outside click.
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.mouse.click(5, 5);
    await expect.poll(() => panel(page).count()).toBe(0);
    // Escape, from inside the panel, and focus is kept inside while it is open.
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.querySelector('reply-coach-ui')!.shadowRoot!.activeElement?.closest('.panel'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await focusedId(page)).toBe('box');
    // Typing closes it too.
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.locator('#box').focus();
    await page.keyboard.type(' ok');
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });

  it('lists each piece of advice once', async () => {
    const page = await typed('You should have read the listing.', 'conversation.html?site=ebay');
    await badge(page).click();
    await ui(page).getByRole('tab', { name: /Findings and checks/ }).click();
    const advice = await ui(page).locator('.advice li').allTextContents();
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.filter((a) => /feel/i.test(a)).length).toBeLessThanOrEqual(1);
    await page.close();
  });

  it("keeps off the customer's message when the site adapter knows where it is", async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.base}/conversation.html?site=ebay`);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!! You should have read the listing.', { delay: 1 });
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    const p = (await panel(page).boundingBox())!;
    const m = (await page.locator('[data-testid="message-bubble-received"]').boundingBox())!;
    const overlap = p.x < m.x + m.width && p.x + p.width > m.x && p.y < m.y + m.height && p.y + p.height > m.y;
    expect(overlap).toBe(false);
    await inWindow(page, p);
    await page.close();
  });
});

describe('keyboard', () => {
  it('one Shift+Tab from the box reaches the badge; Enter opens the panel; Tab from the badge goes back to the box', async () => {
    const page = await typed('CALM DOWN!!!');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedId(page)).toBe('badge');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe('box');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedId(page)).toBe('badge');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe('box');
    await page.close();
  });

  it('the shortcut (Alt+Shift+R by default) opens the panel for the focused box, with focus inside it', async () => {
    const manifest = await inWorker(h, () => chrome.runtime.getManifest(), null);
    expect(manifest.commands['open-panel'].suggested_key.default).toBe('Alt+Shift+R');
    const page = await typed('CALM DOWN!!!');
    const tabId = await tabIdOf(h, page);
    // What the background does on the command (Chrome's own shortcut keys cannot be pressed headless).
    await inWorker(h, async (id: number) => chrome.tabs.sendMessage(id, { type: 'panel/open' }, { frameId: 0 }), tabId);
    await expect.poll(() => panel(page).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('reply-coach-ui')!.shadowRoot!.activeElement?.closest('.panel'))).toBe(true);
    // Every action without a mouse: Tab to Apply calmer, Enter.
    for (let i = 0; i < 20 && !/Apply calmer/.test((await page.evaluate(() => document.querySelector('reply-coach-ui')!.shadowRoot!.activeElement?.textContent)) ?? ''); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).not.toContain('CALM DOWN');
    await page.close();
  });
});

describe('without a mouse', () => {
  it("box -> badge -> panel -> findings tab -> a finding's card -> its fix, all from the keyboard", async () => {
    const page = await typed('Thanks for waiting. It is NOT lost, it ships today.');
    const before = await page.locator('#box').inputValue();
    // The focused button's text (a focused scrolling region counts as nothing).
    const active = () =>
      page.evaluate(() => {
        const el = document.querySelector('reply-coach-ui')!.shadowRoot!.activeElement;
        return el?.tagName === 'BUTTON' ? (el.textContent ?? '') : '';
      });
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedId(page)).toBe('badge');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).count()).toBe(1);
    await expect.poll(active).toBe('Rewrites');
    await page.keyboard.press('ArrowRight');
    await expect.poll(active).toMatch(/Findings and checks/);
    for (let i = 0; i < 10 && !/NOT/.test(await active()); i++) await page.keyboard.press('Tab');
    expect(await active()).toMatch(/NOT/);
    await page.keyboard.press('Enter');
    await expect.poll(() => fcard(page).count()).toBe(1);
    await expect.poll(active).toMatch(/Replace with/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#box').inputValue(), { timeout: 5_000 }).toBe(before.replace('NOT', 'not'));
    await expect.poll(() => focusedId(page)).toBe('box');
    await page.close();
  });
});

describe('first use', () => {
  it('the badge says "Checking…" before the first read, then shows the count', async () => {
    const page = await h.open('textarea.html');
    await page.evaluate(() => {
      const w = window as unknown as { states: string[] };
      w.states = [];
      const tick = () => {
        const b = document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector<HTMLElement>('.badge');
        const s = b ? `${b.dataset.state}:${b.getAttribute('aria-label')}` : '';
        if (s && w.states[w.states.length - 1] !== s) w.states.push(s);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!!');
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const states = await page.evaluate(() => (window as unknown as { states: string[] }).states);
    expect(states[0]).toBe('checking:Reply coach: checking…');
    expect(states[states.length - 1]).toMatch(/^ready:Reply coach: \d+ finding/);
    await page.close();
  });
});

describe('bad input', () => {
  it('a box at the very edge of the window: the card and panel stay inside it, also after the window is resized', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${h.base}/edge.html`);
    const errors = errorsOf(page);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!! You should have read the listing.', { delay: 1 });
    await expect.poll(() => marks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await inWindow(page, await badge(page).boundingBox());
    await clickMark(page, /CALM DOWN/);
    await expect.poll(() => fcard(page).count()).toBe(1);
    await inWindow(page, await fcard(page).boundingBox());
    // Resized while the card is open: it follows its word and stays inside.
    await page.setViewportSize({ width: 700, height: 500 });
    await expect.poll(async () => {
      const r = await fcard(page).boundingBox();
      return !r || (r.x >= 0 && r.y >= 0 && r.x + r.width <= 700.5 && r.y + r.height <= 500.5);
    }).toBe(true);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.keyboard.press('Escape');
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await inWindow(page, await panel(page).boundingBox());
    for (const [w, hgt] of [[1100, 620], [640, 420], [1280, 800]]) {
      await page.setViewportSize({ width: w, height: hgt });
      await expect.poll(async () => {
        const r = (await panel(page).boundingBox())!;
        return r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 0.5 && r.y + r.height <= hgt + 0.5;
      }).toBe(true);
      await inWindow(page, await ui(page).getByRole('button', { name: 'Apply calmer' }).boundingBox());
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('two boxes with cards opened in turn: one card at a time, for the box in use, and each closes cleanly', async () => {
    const page = await h.open('many.html');
    const errors = errorsOf(page);
    for (const id of ['box1', 'box2']) {
      await page.locator(`#${id}`).click();
      await page.keyboard.type('CALM DOWN!!! ok', { delay: 1 });
    }
    await expect.poll(() => marks(page).count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('#box1').click();
    const m1 = marks(page).first();
    const r1 = (await m1.boundingBox())!;
    await page.mouse.click(r1.x + r1.width / 2, r1.y + r1.height / 2);
    await expect.poll(() => fcard(page).count()).toBe(1);
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.locator('#box2').click();
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await fcard(page).count()).toBe(0);
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    const box2 = (await page.locator('#box2').boundingBox())!;
    const p = (await panel(page).boundingBox())!;
    // Next to box 2, not box 1.
    expect(Math.abs(p.y - (box2.y + box2.height)) < 20 || Math.abs(p.y + p.height - box2.y) < 20 || p.x >= box2.x + box2.width).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await ui(page).locator('.card, .fcard, [role="tooltip"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose CSS restyles everything: the cards stay inside the window and readable', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 620 });
    await page.goto(`${h.base}/hostile-css.html`);
    await page.locator('#box').click();
    await page.keyboard.type('CALM DOWN!!! As I already said, no.', { delay: 1 });
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await badge(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await inWindow(page, await panel(page).boundingBox());
    const style = await panel(page).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { font: parseFloat(cs.fontSize), color: cs.color, bg: cs.backgroundColor };
    });
    expect(style.font).toBeGreaterThanOrEqual(12);
    expect(style.font).toBeLessThanOrEqual(16);
    expect(style.color).not.toBe(style.bg);
    expect(style.color).not.toBe('rgb(255, 0, 255)');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });
});
