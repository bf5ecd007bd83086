/**
 * Browser rows of the benchmark: typing into a 5,000-word draft (Gmail-like compose and a textarea) with
 * long tasks and keystroke-to-underline latency, and the content script's cost on a page with no reply box.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION, startHarness, type Harness } from '../e2e/harness';
import { draftOf } from './drafts';

export interface BrowserRow {
  name: string;
  value: string;
  numbers: Record<string, number>;
}

const TYPED = 'Thanks for waiting, I checked with the carrier and the parcel is on its way to you now. '.repeat(3).slice(0, 200);

async function typingRow(page: Page, fixture: string, draft: string): Promise<BrowserRow> {
  await page.evaluate((text) => {
    const box = document.getElementById('box') as HTMLElement;
    if (box instanceof HTMLTextAreaElement) box.value = text;
    else {
      box.replaceChildren(
        ...text.split(/(?<=[.!?])\s+/).reduce<HTMLElement[]>((paras, s, i) => {
          if (i % 4 === 0) paras.push(document.createElement('div'));
          paras[paras.length - 1].append(document.createTextNode(`${s} `));
          return paras;
        }, []),
      );
    }
    const w = window as unknown as { rc: { keys: number[]; analysed: number[]; long: number[] } };
    w.rc = { keys: [], analysed: [], long: [] };
    document.addEventListener('keydown', () => w.rc.keys.push(performance.now()), true);
    document.addEventListener('reply-coach:analysed', () => w.rc.analysed.push(performance.now()));
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.rc.long.push(e.duration))).observe({ type: 'longtask' });
  }, draft);
  await page.locator('#box').click();
  await page.keyboard.press('Control+End');
  await page.waitForFunction(() => (window as unknown as { rc: { analysed: number[] } }).rc.analysed.length > 0, undefined, { timeout: 20_000 });
  await page.evaluate(() => {
    const w = window as unknown as { rc: { keys: number[]; analysed: number[]; long: number[] } };
    w.rc.keys = [];
    w.rc.analysed = [];
    w.rc.long = [];
  });
  await page.keyboard.type(TYPED, { delay: 110 });
  await page.waitForTimeout(1000);
  const rc = await page.evaluate(() => (window as unknown as { rc: { keys: number[]; analysed: number[]; long: number[] } }).rc);
  // For each keystroke, the time until the next analysis finished: what the user waits for the underline.
  const latencies = rc.keys
    .map((k, i) => {
      const next = rc.analysed.find((a) => a >= k);
      const nextKey = rc.keys[i + 1] ?? Infinity;
      return next !== undefined && next <= nextKey + 1000 && next > k && (rc.keys[i + 1] === undefined || next > nextKey) ? next - k : undefined;
    })
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  const lastKeyLatencies = rc.analysed
    .map((a) => {
      const before = rc.keys.filter((k) => k <= a);
      return before.length ? a - before[before.length - 1] : undefined;
    })
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  const q = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);
  const longest = rc.long.length ? Math.max(...rc.long) : 0;
  void latencies;
  return {
    name: `typing 200 chars, 5,000-word draft, ${fixture}`,
    value: `long tasks ${rc.long.length} (longest ${longest.toFixed(0)} ms); last keystroke -> underlines median ${q(lastKeyLatencies, 0.5).toFixed(0)} ms, p95 ${q(lastKeyLatencies, 0.95).toFixed(0)} ms`,
    numbers: { longTasks: rc.long.length, longestTask: longest, latencyMedian: q(lastKeyLatencies, 0.5), latencyP95: q(lastKeyLatencies, 0.95), analyses: rc.analysed.length },
  };
}

/** The scripts every matching page carries, measured over several loads of a page with no reply box (median). */
async function idleRow(h: Harness): Promise<BrowserRow> {
  const LOADS = 15;
  const perLoad: number[] = [];
  let loadedCoach = false;
  for (let i = 0; i < LOADS; i++) {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' } as never);
    await page.goto(`${h.base}/idle.html`);
    await page.waitForTimeout(600);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const ours = events.filter((e) => /\/reply\.js/.test(e.args?.data?.url ?? '') && (e.name === 'EvaluateScript' || e.name === 'v8.compile'));
    perLoad.push(ours.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000);
    loadedCoach ||= events.some((e) => e.args?.data?.url?.includes('/coach.js'));
    await page.close();
  }
  perLoad.sort((a, b) => a - b);
  const ms = perLoad[perLoad.length >> 1];
  const bytes = statSync(join(EXTENSION, 'reply.js')).size;
  const coach = statSync(join(EXTENSION, 'coach.js')).size;
  return {
    name: 'page with no reply box',
    value: `${(bytes / 1024).toFixed(1)} KB injected (reply.js), ${ms.toFixed(2)} ms compile + evaluation (median of ${LOADS} loads, ${perLoad[0].toFixed(2)}-${perLoad[perLoad.length - 1].toFixed(2)}); coach chunk (${(coach / 1024).toFixed(0)} KB) ${loadedCoach ? 'LOADED' : 'not loaded'}`,
    numbers: { bytesInjected: bytes, evalMs: ms, evalMin: perLoad[0], evalMax: perLoad[perLoad.length - 1], coachBytes: coach, coachLoaded: loadedCoach ? 1 : 0 },
  };
}

/**
 * First use on a fresh page: focus a box (the coach chunk loads), type a short heated draft at a
 * person's pace, and time the last keystroke to the first underlines; also focus to the first badge
 * (its "Checking…" state). Median over several fresh pages.
 */
export async function firstUseRow(h: Harness): Promise<BrowserRow> {
  const RUNS = 5;
  const afterPause: number[] = [];
  const toBadge: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await h.open('textarea.html');
    await page.evaluate(() => {
      const w = window as unknown as { rc: { focus: number; badge: number; keys: number[]; analysed: number[] } };
      w.rc = { focus: 0, badge: 0, keys: [], analysed: [] };
      document.addEventListener('focusin', () => (w.rc.focus ||= performance.now()), true);
      document.addEventListener('keydown', () => w.rc.keys.push(performance.now()), true);
      document.addEventListener('reply-coach:analysed', () => {
        const marks = document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('[data-reply-coach-mirror] span[data-severity]').length ?? 0;
        if (marks) w.rc.analysed.push(performance.now());
      });
      const tick = () => {
        if (!w.rc.badge && document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.badge')) w.rc.badge = performance.now();
        if (!w.rc.badge) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('#box').click();
    // A quick burst straight after focus: the first read after the pause is the engine's first, unless it was warmed meanwhile.
    await page.keyboard.type('CALM DOWN!!! You should have read the listing.', { delay: 25 });
    await page.waitForFunction(() => (window as unknown as { rc: { analysed: number[] } }).rc.analysed.length > 0, undefined, { timeout: 20_000 });
    await page.waitForTimeout(300);
    const rc = await page.evaluate(() => (window as unknown as { rc: { focus: number; badge: number; keys: number[]; analysed: number[] } }).rc);
    const last = rc.keys[rc.keys.length - 1];
    const first = rc.analysed.find((a) => a >= last);
    if (first !== undefined) afterPause.push(first - last);
    if (rc.badge) toBadge.push(rc.badge - rc.focus);
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  return {
    name: 'first use on a fresh page (textarea)',
    value: `last keystroke -> first underlines median ${median(afterPause).toFixed(0)} ms (max ${Math.max(...afterPause).toFixed(0)}); focus -> badge ("Checking…") median ${median(toBadge).toFixed(0)} ms, over ${RUNS} fresh pages`,
    numbers: { firstUnderlineMedian: median(afterPause), firstUnderlineMax: Math.max(...afterPause), badgeMedian: median(toBadge) },
  };
}

/** The popup and the options page: first contentful paint, and when the real content replaced the skeleton. Median of several loads. */
export async function pagesRow(h: Harness): Promise<BrowserRow> {
  const RUNS = 7;
  const out: Record<string, number> = {};
  const parts: string[] = [];
  for (const [name, path, ready] of [
    ['popup', 'popup.html', 'main.popup:not([aria-busy])'],
    ['options', 'options.html', 'main.options:not([aria-busy])'],
  ] as const) {
    const fcp: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/${path}`);
      await page.locator(ready).waitFor();
      const t = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        now: performance.now(),
      }));
      fcp.push(t.fcp);
      full.push(t.now);
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    out[`${name}Fcp`] = median(fcp);
    out[`${name}Ready`] = median(full);
    parts.push(`${name}: first paint ${median(fcp).toFixed(0)} ms, settings shown by ${median(full).toFixed(0)} ms`);
  }
  return { name: 'popup and options pages (median of 7 loads)', value: parts.join('; '), numbers: out };
}

export async function browserRows(): Promise<BrowserRow[]> {
  const h = await startHarness();
  try {
    const draft = draftOf(5000);
    const rows: BrowserRow[] = [];
    for (const fixture of ['contenteditable.html', 'textarea.html']) {
      const page = await h.open(fixture);
      rows.push(await typingRow(page, fixture, draft));
      await page.close();
    }
    rows.push(await firstUseRow(h));
    rows.push(await pagesRow(h));
    rows.push(await idleRow(h));
    return rows;
  } finally {
    await h.close();
  }
}
