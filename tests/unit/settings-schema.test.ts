/** The settings schema stands alone: the CLI imports it, so it must pull in no browser API. */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schema from '../../utils/settings-schema';
import * as settings from '../../utils/settings';

const root = resolve(__dirname, '../..');

describe('utils/settings-schema', () => {
  it('imports nothing that touches the browser (its whole import graph)', async () => {
    const r = await build({ entryPoints: [resolve(root, 'utils/settings-schema.ts')], bundle: true, write: false, metafile: true, platform: 'neutral', format: 'esm', mainFields: ['module', 'main'], logLevel: 'silent' });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.some((i) => i.includes('valibot'))).toBe(true);
    expect(inputs.filter((i) => /wxt|webextension-polyfill|utils\/settings\.ts|utils\/switch/.test(i))).toEqual([]);
  });

  it('is the schema the extension stores with (utils/settings re-exports the same functions)', () => {
    expect(settings.importSettings).toBe(schema.importSettings);
    expect(settings.DEFAULT_SETTINGS).toBe(schema.DEFAULT_SETTINGS);
    expect(settings.toEngineSettings).toBe(schema.toEngineSettings);
  });
});
