/**
 * npm run bench: the engine's speed beside alex and write-good on the same text, re-analysis after an
 * edit, rewrites, and the caches' memory. Prints one table and writes bench-results/engine.json.
 * These machines are noisy: compare ratios from one run.
 */
import '../../rules/model/bundled';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { analyze, rewrite, clearCache, cacheSize } from '../../rules';
import { draftOf } from './drafts';
import { scoreSentence } from '../../rules/model';
import { sentences } from '../../rules/text';
import { browserRows, type BrowserRow } from './browser';

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  unit: string;
  note?: string;
}

function measure(name: string, fn: (i: number) => void, { runs = 30, warmup = 3, before }: { runs?: number; warmup?: number; before?: (i: number) => void } = {}): Row {
  for (let i = 0; i < warmup; i++) {
    before?.(i);
    fn(i);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.(i);
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[times.length >> 1], min: times[0], max: times[times.length - 1], runs, unit: 'ms' };
}

/**
 * Side by side on the same text, interleaved run by run: on a noisy machine each tool sees the same
 * conditions. (A forced GC before each run was tried: it flushes warm code and slows every tool.)
 */
function measureTogether(entries: [name: string, fn: () => void, before?: () => void][], runs: number, warmup = 3): Row[] {
  const times: number[][] = entries.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    entries.forEach(([, fn, before], k) => {
      before?.();
      const t = performance.now();
      fn();
      if (i >= warmup) times[k].push(performance.now() - t);
    });
  }
  return entries.map(([name], k) => {
    const ts = times[k].sort((a, b) => a - b);
    return { name, median: ts[ts.length >> 1], min: ts[0], max: ts[ts.length - 1], runs, unit: 'ms' };
  });
}

const rows: Row[] = [];
const ratios: Record<string, number> = {};

for (const words of [300, 1000, 5000]) {
  const d = draftOf(words);
  const runs = words >= 5000 ? 15 : 25;
  const [ours, alex, wg] = measureTogether(
    [
      [`cold analysis, ${words} words`, () => analyze(d), () => clearCache()],
      [`  alex (text API), ${words} words`, () => alexText(d)],
      [`  write-good, ${words} words`, () => writeGood(d)],
    ],
    runs,
  );
  ours.note = `${(ours.median / alex.median).toFixed(2)}x alex, ${(ours.median / wg.median).toFixed(2)}x write-good`;
  ratios[`cold_vs_alex_${words}`] = ours.median / alex.median;
  ratios[`cold_vs_writegood_${words}`] = ours.median / wg.median;
  rows.push(ours, alex, wg);
}

for (const words of [300, 5000]) {
  const d = draftOf(words);
  clearCache();
  analyze(d);
  let cur = d;
  rows.push(
    measure(`one character typed mid-draft, ${words} words`, () => analyze(cur), {
      runs: 101,
      before: (i) => {
        const mid = cur.length >> 1;
        cur = cur.slice(0, mid) + String.fromCharCode(97 + (i % 26)) + cur.slice(mid);
      },
    }),
  );
}
{
  const d = draftOf(300);
  clearCache();
  analyze(d);
  const pasted = ' We were very busy, and as I already said, you should have checked the listing first!!!';
  let k = 0;
  rows.push(measure('one sentence pasted, 300 words', () => analyze(d + pasted + ` (${k})`), { runs: 51, before: () => k++ }));
}
{
  const d = draftOf(300);
  rows.push(
    measure('both rewrites, 300 words', () => {
      const a = analyze(d);
      void rewrite(a, 'calmer');
      void rewrite(a, 'firmer');
    }, { runs: 21, before: () => clearCache() }),
  );
}
{
  // The learned tone layer on its own: every sentence of a 1,000-word draft, scored once per run.
  const d = draftOf(1000);
  const ss = sentences(d, [{ start: 0, end: d.length }]).map((x) => x.text);
  const row = measure('tone model, per sentence', () => {
    for (const s of ss) scoreSentence(s);
  }, { runs: 51, warmup: 5 });
  const per = (x: number) => (x * 1000) / ss.length;
  rows.push({ ...row, median: per(row.median), min: per(row.min), max: per(row.max), unit: 'µs', note: `${ss.length} sentences, ${(d.split(/\s+/).length / ss.length).toFixed(0)} words each on average; budget 20 µs` });
  ratios.tone_model_us_per_sentence = per(row.median);
}
{
  const gc = (globalThis as { gc?: () => void }).gc;
  const d = draftOf(5000);
  clearCache();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let cur = d;
  for (let i = 0; i < 1000; i++) {
    const at = (i * 7919) % cur.length;
    cur = cur.slice(0, at) + 'x' + cur.slice(at);
    analyze(cur);
  }
  gc?.();
  const retained = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  rows.push({ name: 'heap retained after 1,000 edits, 5,000 words', median: retained, min: retained, max: retained, runs: 1, unit: 'MB', note: `${cacheSize()} cached sentences${gc ? '' : ' (run with --expose-gc for a clean number)'}` });
}

/** A library of `count` distinct macros of about `words` words each, as a Zendesk macro export. */
export function macroLibrary(count: number, words: number): string {
  const sentences = draftOf(count * words * 2).match(/[^.!?]+[.!?]+/g) ?? [];
  const macros = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const s = sentences[k++ % sentences.length].trim();
      parts.push(s);
      n += s.split(/\s+/).length;
    }
    macros.push({ id: 1000 + i, title: `Macro ${i + 1}`, actions: [{ field: 'comment_value', value: parts.join(' ') }] });
  }
  return JSON.stringify({ macros });
}

{
  // The whole CLI as CI runs it: process start, reading the export, 300 analyses, the report, exit.
  const cli = resolve(__dirname, '../../dist/cli.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-bench-'));
  const file = join(dir, 'macros.json');
  writeFileSync(file, macroLibrary(300, 100));
  const startup = measure('reply-coach --help, start to exit', () => {
    spawnSync(process.execPath, [cli, '--help']);
  }, { runs: 7, warmup: 1 });
  const row = measure('lint 300 macros of 100 words, start to exit', () => {
    const r = spawnSync(process.execPath, [cli, 'lint', '-f', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status === 2) throw new Error(`lint failed: ${r.stderr}`);
  }, { runs: 7, warmup: 1 });
  row.note = `target <= 2000 ms; ${row.median <= 2000 ? 'met' : 'MISSED'}`;
  rows.push(startup, row);
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => x.toFixed(x < 10 ? 3 : 1);
console.log(`Reply Coach engine benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
console.log(`${pad('measure', 50)} ${pad('median', 10)} ${pad('min', 10)} ${pad('max', 10)} note`);
for (const r of rows) console.log(`${pad(r.name, 50)} ${pad(`${num(r.median)} ${r.unit}`, 10)} ${pad(num(r.min), 10)} ${pad(num(r.max), 10)} ${r.note ?? ''}`);
let browser: BrowserRow[] = [];
try {
  browser = await browserRows();
  console.log('\nIn Debian chromium (Playwright), with the e2e build:');
  for (const r of browser) console.log(`${pad(r.name, 58)} ${r.value}`);
} catch (e) {
  console.log(`\nBrowser rows skipped: ${String(e)}`);
}
const out = resolve(__dirname, '../../bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'bench.json'), JSON.stringify({ node: process.version, cpus: cpus().length, when: new Date().toISOString(), rows, ratios, browser }, null, 2));
