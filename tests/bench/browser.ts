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
    rows.push(await idleRow(h));
    return rows;
  } finally {
    await h.close();
  }
}
