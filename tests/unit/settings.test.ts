import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  KEYS,
  MIGRATIONS,
  SETTINGS_VERSION,
  coachOnFor,
  exportSettings,
  importSettings,
  loadSettings,
  migrate,
  parseManaged,
  saveSettings,
  toEngineSettings,
  withManaged,
  type Settings,
} from '../../utils/settings';
import { createSettingsStore } from '../../utils/store';
import { analyze } from '../../rules';
import { switchedOn } from '../../utils/switch';

/** The switch as the entry script reads it: the raw stored value, then switchedOn. */
const coachSwitchedOn = async (host: string) => switchedOn((await fakeBrowser.storage.sync.get(KEYS.settings))[KEYS.settings], host);

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  sensitivity: 'strict',
  categories: { ...DEFAULT_SETTINGS.categories, hedging: false },
  customPhrases: [{ phrase: 'no worries', message: 'Say "happy to help".', replacement: 'happy to help' }],
  ignoreWords: ['ASAP'],
  policies: { returns: '30 days from delivery', refunds: '', shipping: '' },
  signOffs: ['Warmly'],
};

beforeEach(() => fakeBrowser.reset());

describe('import and export', () => {
  it('round-trips every setting', () => {
    const r = importSettings(exportSettings(mine));
    expect(r).toEqual({ ok: true, settings: mine });
  });

  it.each([
    ['not JSON', '{"app": "reply-coach",', /not valid JSON/],
    ['a list', '[1,2]', /no settings object/],
    ["another app's file", JSON.stringify({ app: 'grammarly', version: 1, settings: {} }), /from "grammarly"/],
    ['an unrelated object', JSON.stringify({ name: 'My playlist', tracks: [] }), /none of its keys is a setting/],
    ['a newer version', JSON.stringify({ app: 'reply-coach', version: SETTINGS_VERSION + 1, settings: {} }), /newer Reply Coach.*Update the extension/],
    ['no version', JSON.stringify({ app: 'reply-coach', settings: {} }), /no valid "version"/],
    ['no settings', JSON.stringify({ app: 'reply-coach', version: 1 }), /no "settings" object/],
    ['an unknown part', JSON.stringify({ app: 'reply-coach', version: 1, settings: {}, theme: 'x' }), /does not know: theme/],
  ])('refuses %s with a message that says why', (_, json, message) => {
    const r = importSettings(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('names each bad setting by its path', () => {
    const file = { app: 'reply-coach', version: 1, settings: { sensitivity: 'loud', customPhrases: [{ phrase: 'x', message: 'ok' }, { phrase: 'y' }], colour: 'red', categories: { caps: 'yes' } } };
    const r = importSettings(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^Nothing was imported\./);
    expect(r.error).toContain('sensitivity: must be one of gentle, standard, strict');
    expect(r.error).toContain('customPhrases[1].message');
    expect(r.error).toContain('colour: is not something Reply Coach knows');
    expect(r.error).toContain('categories.caps: must be true or false');
  });

  it('refuses oversized lists and texts', () => {
    const r = importSettings(JSON.stringify({ app: 'reply-coach', version: 1, settings: { ignoreWords: Array.from({ length: 501 }, (_, i) => `w${i}`), policies: { returns: 'x'.repeat(1001) } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/ignoreWords: must have at most 500 entries; policies.returns: must be at most 1000 characters/);
  });

  it('fills missing settings with defaults', () => {
    const r = importSettings(JSON.stringify({ app: 'reply-coach', version: 1, settings: { sensitivity: 'gentle' } }));
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sensitivity: 'gentle' } });
  });
});

describe('migrations', () => {
  it('has one migration per version up to the current one', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it("takes an unversioned engine settings object (the CLI's shape) to the current version", () => {
    const cli = { sensitivity: 'gentle', situationOverride: ['angry'], policies: { refunds: 'Within 14 days.' } };
    expect(migrate(cli, 0)).toEqual({ sensitivity: 'gentle', policies: { refunds: 'Within 14 days.' } });
    const r = importSettings(JSON.stringify(cli));
    expect(r.ok && r.settings.policies).toEqual({ returns: '', refunds: 'Within 14 days.', shipping: '' });
  });

  it('migrates what it finds in storage', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { sensitivity: 'gentle', situationOverride: ['angry'] } });
    const loaded = await loadSettings();
    expect(loaded.problems).toEqual([]);
    expect(loaded.user.sensitivity).toBe('gentle');
  });
});

describe('storage', () => {
  it('puts small settings in sync and the lists in local, each with its version, and never a draft', async () => {
    await saveSettings(mine);
    const sync = (await fakeBrowser.storage.sync.get())[KEYS.settings] as Record<string, unknown>;
    const local = (await fakeBrowser.storage.local.get())[KEYS.lists] as Record<string, unknown>;
    expect(sync).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'strict' });
    expect(sync).not.toHaveProperty('customPhrases');
    expect(local).toMatchObject({ version: SETTINGS_VERSION, ignoreWords: ['ASAP'] });
    expect((await loadSettings()).user).toEqual(mine);
  });

  it('falls back to defaults for each bad stored value, keeps the good ones, and keeps the bad value aside', async () => {
    const bad = { version: 1, enabled: 'maybe', sensitivity: 'strict', categories: 7 };
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: bad });
    const loaded = await loadSettings();
    expect(loaded.user.enabled).toBe(true);
    expect(loaded.user.sensitivity).toBe('strict');
    expect(loaded.user.categories).toEqual(DEFAULT_SETTINGS.categories);
    expect(loaded.problems).toEqual(['enabled: must be true or false', 'categories: must be an object of categories, each true or false']);
    expect(loaded.rejected).toEqual({ sync: bad });
  });

  it('survives stored settings that are not even an object, or from a newer version', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: 'garbage' });
    await fakeBrowser.storage.local.set({ [KEYS.lists]: { version: 99, ignoreWords: [] } });
    const loaded = await loadSettings();
    expect(loaded.user).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems).toHaveLength(2);
    expect(loaded.problems[1]).toMatch(/newer Reply Coach/);
  });

  it('reads the on/off switch cheaply and safely', async () => {
    expect(await coachSwitchedOn('shop.example.com')).toBe(true);
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { version: 1, enabled: true, disabledSites: ['shop.example.com'] } });
    expect(await coachSwitchedOn('SHOP.example.com')).toBe(false);
    expect(await coachSwitchedOn('mail.example.com')).toBe(true);
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { version: 1, enabled: false, disabledSites: 'nonsense' } });
    expect(await coachSwitchedOn('mail.example.com')).toBe(false);
    expect(coachOnFor({ enabled: true, disabledSites: ['a.com'] }, 'b.com')).toBe(true);
  });
});

describe('team deploy', () => {
  const managed = parseManaged({
    policies: { returns: 'Returns within 60 days, unused.' },
    customPhrases: [{ phrase: 'per our policy', message: 'Sounds cold; explain the policy instead.' }],
    lockedCategories: ['hostile', 'blame', 'not-a-category'],
  });

  it('ignores a managed value that fails validation and keeps the rest', () => {
    expect(managed.lockedCategories).toBeUndefined();
    expect(managed.policies).toEqual({ returns: 'Returns within 60 days, unused.' });
  });

  it("puts the admin's policies and phrases over the user's and locks categories on", () => {
    const m = parseManaged({ lockedCategories: ['hostile'], policies: { returns: 'Admin says 60 days.' }, customPhrases: [{ phrase: 'No worries', message: 'admin' }] });
    const user = { ...mine, categories: { ...mine.categories, hostile: false } };
    const { settings, locks } = withManaged(user, m);
    expect(settings.categories.hostile).toBe(true);
    expect(settings.policies.returns).toBe('Admin says 60 days.');
    expect(settings.customPhrases.map((p) => p.message)).toEqual(['admin']);
    expect(locks).toEqual({ categories: ['hostile'], policies: ['returns'], phrases: 1 });
  });

  it('the store refuses to turn a locked category off', async () => {
    await fakeBrowser.storage.managed.set({ lockedCategories: ['hostile'] });
    const store = createSettingsStore();
    await store.ready;
    expect(store.getState().locks.categories).toEqual(['hostile']);
    const r = await store.getState().update({ categories: { ...DEFAULT_SETTINGS.categories, hostile: false } });
    expect(r).toEqual({ ok: false, error: 'Your organisation keeps hostile on.' });
    store.dispose();
  });
});

describe('settings store', () => {
  it('is not hydrated until storage was read, then holds the stored values', async () => {
    await saveSettings(mine);
    const store = createSettingsStore();
    expect(store.getState().hydrated).toBe(false);
    await store.ready;
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().settings).toEqual(mine);
    store.dispose();
  });

  it('follows changes made in another context', async () => {
    const store = createSettingsStore();
    await store.ready;
    const other = createSettingsStore();
    await other.ready;
    await other.getState().update({ enabled: false });
    await vi.waitFor(() => expect(store.getState().settings.enabled).toBe(false));
    store.dispose();
    other.dispose();
  });

  it('validates updates and imports, changing nothing on error', async () => {
    const store = createSettingsStore();
    await store.ready;
    expect(await store.getState().update({ sensitivity: 'loud' as never })).toMatchObject({ ok: false, error: expect.stringMatching(/sensitivity/) });
    expect(await store.getState().importJson('{"app":"reply-coach","version":1,"settings":{"ignoreWords":[3]}}')).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await store.getState().importJson(exportSettings(mine))).toEqual({ ok: true });
    expect(store.getState().user).toEqual(mine);
    store.dispose();
  });

  it('keeps a bad stored value aside on the next save, and reset clears everything', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { version: 1, enabled: 'maybe' } });
    const store = createSettingsStore();
    await store.ready;
    expect(store.getState().problems).toHaveLength(1);
    await store.getState().update({ sensitivity: 'gentle' });
    expect((await fakeBrowser.storage.local.get())[KEYS.rejected]).toEqual({ sync: { version: 1, enabled: 'maybe' } });
    expect(store.getState().problems).toEqual([]);
    expect(store.getState().rejected).toEqual({ sync: { version: 1, enabled: 'maybe' } });
    await store.getState().reset();
    expect(store.getState().user).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    store.dispose();
  });
});

describe('engine settings from stored settings', () => {
  it('keeps one identity per settings object and carries every engine setting', () => {
    const e = toEngineSettings(mine);
    expect(toEngineSettings(mine)).toBe(e);
    expect(e.policies).toEqual({ returns: '30 days from delivery' });
    expect(analyze('No worries, it ships today.', { settings: e }).findings.map((f) => f.rule)).toContain('custom-phrase');
  });
});

describe('upgrade on install', () => {
  it('rewrites valid settings of an older version in the current one, and leaves current or broken ones alone', async () => {
    const { upgradeStoredSettings } = await import('../../utils/settings');
    expect(await upgradeStoredSettings()).toBe(false);
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { sensitivity: 'gentle', situationOverride: ['angry'] } });
    expect(await upgradeStoredSettings()).toBe(true);
    expect((await fakeBrowser.storage.sync.get())[KEYS.settings]).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'gentle' });
    expect((await fakeBrowser.storage.sync.get())[KEYS.settings]).not.toHaveProperty('situationOverride');
    expect(await upgradeStoredSettings()).toBe(false);
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { enabled: 'maybe' } });
    expect(await upgradeStoredSettings()).toBe(false);
    expect((await fakeBrowser.storage.sync.get())[KEYS.settings]).toEqual({ enabled: 'maybe' });
  });
});

describe('pre-send settings', () => {
  it('default to a pause on, a 0.6 heat threshold and no cool-down', () => {
    expect([DEFAULT_SETTINGS.presend, DEFAULT_SETTINGS.presendHeat, DEFAULT_SETTINGS.presendCooldown]).toEqual([true, 0.6, 0]);
  });

  it('keep a valid choice and refuse a cool-down over 30 s, a fractional one, or a threshold out of range', async () => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { version: 1, presend: false, presendHeat: 0.8, presendCooldown: 45 } });
    const loaded = await loadSettings();
    expect([loaded.user.presend, loaded.user.presendHeat, loaded.user.presendCooldown]).toEqual([false, 0.8, 0]);
    expect(loaded.problems).toEqual(['presendCooldown: must be at most 30 seconds']);
    const r = importSettings(JSON.stringify({ app: 'reply-coach', version: 1, settings: { presendCooldown: 2.5, presendHeat: 0 } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/presendCooldown: must be a whole number of seconds; presendHeat: must be at least 0.1/);
  });
});
