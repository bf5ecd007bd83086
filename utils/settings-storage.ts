/**
 * Where settings are kept: storage.sync (small) and storage.local (the lists, which can outgrow sync's
 * 8 KB per item), validated on every read and migrated on install or update. With ./team-deploy and
 * ./box-frame, the only callers of browser.storage for settings.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './switch';
import { LOCAL_FIELDS, SETTINGS_VERSION, SYNC_FIELDS, complete, migrate, salvage, type Settings } from './settings-schema';
import { readManaged, type Managed } from './team-deploy';

/** Storage keys, by area. */
export const KEYS = {
  settings: SETTINGS_KEY, // sync; the entry script reads it raw (utils/switch.ts)
  lists: 'lists', // local
  rejected: 'rejectedSettings', // local: values that failed validation, kept for export
} as const;

export interface Loaded {
  user: Settings;
  managed: Managed;
  /** What failed validation, in words; those settings use their defaults. */
  problems: string[];
  /** The raw stored values that failed, for export. */
  rejected?: unknown;
}

type Stored = Record<string, unknown> & { version?: unknown };

function readArea(raw: unknown, fields: readonly (keyof Settings)[]): { part: Partial<Settings>; problems: string[]; bad: boolean } {
  if (raw === undefined || raw === null) return { part: {}, problems: [], bad: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { part: {}, problems: ['the stored settings are not an object'], bad: true };
  const s = raw as Stored;
  const version = typeof s.version === 'number' ? s.version : 0;
  if (version > SETTINGS_VERSION) return { part: {}, problems: [`the stored settings come from a newer Reply Coach (version ${version})`], bad: true };
  const { settings, problems } = salvage(migrate(s, version), fields);
  return { part: settings, problems, bad: problems.length > 0 };
}

/** Reads everything, validating as it goes. Never throws: a bad value costs only itself. */
export async function loadSettings(): Promise<Loaded> {
  let syncRaw: unknown;
  let localRaw: unknown;
  let rejectedBefore: unknown;
  try {
    syncRaw = (await browser.storage.sync.get(KEYS.settings))[KEYS.settings];
  } catch {
    /* sync disabled or unavailable: defaults */
  }
  try {
    const local = await browser.storage.local.get([KEYS.lists, KEYS.rejected]);
    localRaw = local[KEYS.lists];
    rejectedBefore = local[KEYS.rejected];
  } catch {
    /* defaults */
  }
  const a = readArea(syncRaw, SYNC_FIELDS);
  const b = readArea(localRaw, LOCAL_FIELDS);
  const rejected = a.bad || b.bad ? { ...(a.bad ? { sync: syncRaw } : {}), ...(b.bad ? { local: localRaw } : {}) } : rejectedBefore;
  return { user: complete({ ...a.part, ...b.part }), managed: await readManaged(), problems: [...a.problems, ...b.problems], rejected };
}

/** Writes the user's settings. A value that failed validation is first kept aside under KEYS.rejected. */
export async function saveSettings(next: Settings, rejected?: unknown): Promise<void> {
  const pick = (fields: readonly (keyof Settings)[]) => Object.fromEntries([['version', SETTINGS_VERSION], ...fields.map((f) => [f, next[f]])]);
  if (rejected !== undefined) await browser.storage.local.set({ [KEYS.rejected]: rejected });
  await browser.storage.local.set({ [KEYS.lists]: pick(LOCAL_FIELDS) });
  await browser.storage.sync.set({ [KEYS.settings]: pick(SYNC_FIELDS) });
}

/** On install or update: rewrites stored settings of an older version in the current one, if they are valid. */
export async function upgradeStoredSettings(): Promise<boolean> {
  try {
    const sync = (await browser.storage.sync.get(KEYS.settings))[KEYS.settings] as Stored | undefined;
    const local = (await browser.storage.local.get(KEYS.lists))[KEYS.lists] as Stored | undefined;
    const old = [sync, local].some((x) => x && typeof x === 'object' && (typeof x.version !== 'number' || x.version < SETTINGS_VERSION));
    if (!old) return false;
    const loaded = await loadSettings();
    if (loaded.problems.length) return false; // keep what failed as it is, for the user to export
    await saveSettings(loaded.user);
    return true;
  } catch {
    return false;
  }
}

/** Back to defaults. Bad values kept aside go too. */
export async function resetSettings(): Promise<void> {
  await browser.storage.local.remove([KEYS.lists, KEYS.rejected]);
  await browser.storage.sync.remove(KEYS.settings);
}

/** Calls back whenever stored settings change, in any context. Returns the unsubscribe. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'sync' && KEYS.settings in changes) || (area === 'local' && (KEYS.lists in changes || KEYS.rejected in changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
