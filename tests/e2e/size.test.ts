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
  it('keeps the polyfill and WXT runtime out of the scripts every page carries', () => {
    for (const f of ['reply.js', 'page-bridge.js']) expect(readFileSync(join(EXTENSION, f), 'utf8'), f).not.toMatch(/webextension-polyfill|wxt:content-script-started|This script should only be loaded in a browser extension/);
  });
  it('keeps the lazy coach chunk (UI, compromise and the rules) at or under 600 KB', () => {
    expect(kb('coach.js')).toBeLessThanOrEqual(600);
  });
  it('keeps the main-world bridge tiny', () => {
    expect(kb('page-bridge.js')).toBeLessThanOrEqual(2);
  });
});
