/** Budgets: what every matching page carries, and the coach chunk loaded on first focus of a reply box. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

const kb = (file: string) => statSync(join(EXTENSION, file)).size / 1024;

describe('bundle budgets', () => {
  it('keeps the content script entry at or under 8 KB (the issue allows 30; a page with no reply box pays for this only)', () => {
    expect(kb('reply.js')).toBeLessThanOrEqual(8);
  });
  it('keeps the polyfill and WXT runtime out of the one script every page carries', () => {
    expect(readFileSync(join(EXTENSION, 'reply.js'), 'utf8')).not.toMatch(/webextension-polyfill|wxt:content-script-started|This script should only be loaded in a browser extension/);
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual(['reply.js']);
  });
  it('keeps the lazy coach chunk (UI, compromise and the rules) at or under 600 KB', () => {
    expect(kb('coach.js')).toBeLessThanOrEqual(600);
  });
});
