/**
 * The zustand store over the stored settings, shared by the popup, the options page and the coach.
 * It is a view: storage is the truth, and every context follows storage.onChanged. Hydration-aware,
 * so a page can wait for the real settings instead of flashing defaults.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  NO_LOCKS,
  importSettings,
  loadSettings,
  parseSettings,
  resetSettings,
  saveSettings,
  watchSettings,
  withManaged,
  type Locks,
  type Managed,
  type Settings,
} from './settings';

export interface SettingsState {
  hydrated: boolean;
  /** What the user set. The options page edits this. */
  user: Settings;
  /** What applies: the user's settings with the admin's on top. */
  settings: Settings;
  managed: Managed;
  locks: Locks;
  /** Stored settings that failed validation, in words (they use defaults until saved again). */
  problems: string[];
  rejected?: unknown;
  /** The last write that could not be made, in words. */
  error?: string;
}

export interface SettingsActions {
  /** Changes settings; validated first, and a locked setting cannot be changed. */
  update(patch: Partial<Settings>): Promise<{ ok: true } | { ok: false; error: string }>;
  importJson(json: string): Promise<{ ok: true } | { ok: false; error: string }>;
  reset(): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState & SettingsActions> & { ready: Promise<void>; dispose(): void };

const initial: SettingsState = { hydrated: false, user: DEFAULT_SETTINGS, settings: DEFAULT_SETTINGS, managed: {}, locks: NO_LOCKS, problems: [] };

export function createSettingsStore(): SettingsStore {
  const store = createStore<SettingsState & SettingsActions>()((set, get) => {
    const write = async (next: Settings) => {
      try {
        // The first save after a failed read keeps the bad value aside, so export can still offer it.
        await saveSettings(next, get().problems.length ? get().rejected : undefined);
        await refresh();
        return { ok: true as const };
      } catch (e) {
        const error = `Could not save settings: ${e instanceof Error ? e.message : String(e)}`;
        set({ error });
        return { ok: false as const, error };
      }
    };
    return {
      ...initial,
      async update(patch) {
        const { user, locks } = get();
        const unlocking = locks.categories.filter((c) => patch.categories?.[c] === false);
        if (unlocking.length) return { ok: false, error: `Your organisation keeps ${unlocking.join(', ')} on.` };
        const parsed = parseSettings({ ...user, ...patch });
        if (!parsed.ok) return { ok: false, error: parsed.problems.join('; ') };
        return write(parsed.settings);
      },
      async importJson(json) {
        const r = importSettings(json);
        if (!r.ok) return r;
        return write(r.settings);
      },
      async reset() {
        await resetSettings();
        await refresh();
      },
    };
  });

  let generation = 0;
  async function refresh() {
    const mine = ++generation;
    const loaded = await loadSettings();
    if (mine !== generation) return; // a newer read is on its way
    const { settings, locks } = withManaged(loaded.user, loaded.managed);
    store.setState({ hydrated: true, user: loaded.user, settings, managed: loaded.managed, locks, problems: loaded.problems, rejected: loaded.rejected, error: undefined });
  }

  const unwatch = watchSettings(() => void refresh());
  return Object.assign(store, { ready: refresh(), dispose: unwatch });
}

/** Preact binding: re-renders when the selected slice changes. */
export function useStoreState<T>(store: StoreApi<SettingsState & SettingsActions>, select: (s: SettingsState & SettingsActions) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((s) => setValue(() => select(s)));
  }, [store]);
  return value;
}
