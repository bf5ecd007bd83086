/** The settings schema and the import/export file stand alone: the CLI imports them, so they must pull in no browser API. */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schema from '../../utils/settings-schema';
import * as importExport from '../../utils/settings-import-export';
import * as teamDeploy from '../../utils/team-deploy';
import * as switches from '../../utils/switch';
import * as settings from '../../utils/settings';

const root = resolve(__dirname, '../..');

describe('utils/settings-schema', () => {
  it.each(['utils/settings-schema.ts', 'utils/settings-import-export.ts'])('%s imports nothing that touches the browser (its whole import graph)', async (file) => {
    const r = await build({ entryPoints: [resolve(root, file)], bundle: true, write: false, metafile: true, platform: 'neutral', format: 'esm', mainFields: ['module', 'main'], logLevel: 'silent' });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.some((i) => i.includes('valibot'))).toBe(true);
    expect(inputs.filter((i) => /wxt|webextension-polyfill|utils\/settings\.ts|utils\/settings-storage|utils\/team-deploy|utils\/switch/.test(i))).toEqual([]);
  });

  it('is the schema the extension stores with (utils/settings re-exports the same functions)', () => {
    expect(settings.importSettings).toBe(importExport.importSettings);
    expect(settings.exportSettings).toBe(importExport.exportSettings);
    expect(settings.withManaged).toBe(teamDeploy.withManaged);
    expect(settings.DEFAULT_SETTINGS).toBe(schema.DEFAULT_SETTINGS);
    expect(settings.toEngineSettings).toBe(schema.toEngineSettings);
  });

  it('decides "is the coach on here?" in one place: utils/switch, for parsed and raw stored settings alike', () => {
    expect(settings.coachOnFor).toBe(switches.coachOnFor);
    expect('coachOnFor' in schema).toBe(false);
    for (const s of [
      { enabled: true, disabledSites: [] },
      { enabled: false, disabledSites: [] },
      { enabled: true, disabledSites: ['shop.example.com'] },
    ])
      for (const host of ['shop.example.com', 'SHOP.example.com', 'other.example.com']) expect(switches.switchedOn(s, host)).toBe(switches.coachOnFor(s, host));
  });
});
