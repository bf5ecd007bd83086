/** Budgets: what every matching page carries, and the coach chunk loaded on first focus of a reply box. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

const kb = (file: string) => statSync(join(EXTENSION, file)).size / 1024;

describe('bundle budgets', () => {
  it('keeps the content script entry at or under 30 KB', () => {
    expect(kb('content-scripts/reply.js')).toBeLessThanOrEqual(30);
  });
  it('keeps the lazy coach chunk (UI, compromise and the rules) at or under 600 KB', () => {
    expect(kb('coach.js')).toBeLessThanOrEqual(600);
  });
  it('keeps the main-world bridge tiny', () => {
    expect(kb('content-scripts/page-bridge.js')).toBeLessThanOrEqual(8);
  });
});
