/** The Firefox build passes Mozilla's linter (web-ext lint) with no errors and declares what AMO requires. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX = resolve(__dirname, '../../.output/firefox-mv3');

describe('Firefox build', () => {
  it('exists (npm test runs npm run build first)', () => {
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
  });

  it('declares a gecko id, no data collection, and Firefox 140 as the minimum (data consent and CSS highlights)', () => {
    const m = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko).toEqual({ id: 'reply-coach@reply-coach.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(m.storage).toBeUndefined(); // managed_schema is Chrome's; Firefox reads policies from its own manifests
  });

  it('web-ext lint reports 0 errors', { timeout: 180_000 }, () => {
    const bin = resolve(__dirname, '../../node_modules/.bin/web-ext');
    const r = spawnSync(bin, ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-input'], { encoding: 'utf8', timeout: 170_000 });
    const report = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string; file?: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.message} (${e.file})`)).toEqual([]);
    // The warnings left are innerHTML inside Preact's and WXT's runtimes and the dynamic import of coach.js; none carry page text.
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} in ${w.file}`).join('; ')})`);
  });
});
