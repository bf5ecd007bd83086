/** The code never injects HTML, evaluates strings or reaches the network: a scan of every source file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DIRS = ['entrypoints', 'sites', 'components', 'rules', 'utils', 'assets', 'cli'];
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\s*=|\binnerHTML\b/],
  ['outerHTML assignment', /\.outerHTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string setTimeout', /set(?:Timeout|Interval)\(\s*['"`]/],
  ['fetch', /(?<![\w.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['sendBeacon', /sendBeacon/],
  ['WebSocket', /new\s+WebSocket/],
  ['EventSource', /new\s+EventSource/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(?:ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

describe('source safety', () => {
  const all = DIRS.flatMap((d) => files(join(ROOT, d)));
  it('scans the extension, engine and CLI sources', () => {
    expect(all.length).toBeGreaterThan(40);
  });
  it('logs nothing to the console from the extension or the engine (so no draft text can reach a log)', () => {
    const extension = all.filter((f) => !f.startsWith(join(ROOT, 'cli')));
    const hits = extension.filter((f) => /console\.(?:log|info|warn|error|debug|trace|dir)\s*\(/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });
  for (const [name, re] of FORBIDDEN) {
    it(`uses no ${name}`, () => {
      const hits = all.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
      expect(hits).toEqual([]);
    });
  }
});
