/** Settings as a JSON file: export, and an import that refuses a bad or foreign file whole. No browser API (the CLI reads these files too). */
import { SETTINGS_VERSION, SETTING_NAMES, migrate, parseSettings, type Settings } from './settings-schema';

export const APP_ID = 'reply-coach';

export interface ExportFile {
  app: typeof APP_ID;
  version: number;
  settings: Settings;
  /** Stored values that failed validation, kept so nothing the user set is lost. */
  rejected?: unknown;
}

export function exportSettings(settings: Settings, rejected?: unknown): string {
  const file: ExportFile = { app: APP_ID, version: SETTINGS_VERSION, settings, ...(rejected !== undefined ? { rejected } : {}) };
  return JSON.stringify(file, null, 2);
}

export const MAX_IMPORT_BYTES = 1_000_000;

/** Reads an exported file. Any problem returns a message naming what is wrong; nothing is half-imported. */
export function importSettings(json: string): { ok: true; settings: Settings } | { ok: false; error: string } {
  if (json.length > MAX_IMPORT_BYTES) return { ok: false, error: `This file is too large for Reply Coach settings (over ${MAX_IMPORT_BYTES / 1_000_000} MB).` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `This file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'This file is not Reply Coach settings: it holds no settings object.' };
  const d = data as Record<string, unknown>;
  let body: Record<string, unknown>;
  let version: number;
  if ('app' in d) {
    if (d.app !== APP_ID) return { ok: false, error: `This file is not Reply Coach settings: it says it is from "${String(d.app).slice(0, 40)}".` };
    if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 0) return { ok: false, error: 'This settings file has no valid "version".' };
    if (d.version > SETTINGS_VERSION) return { ok: false, error: `These settings come from a newer Reply Coach (settings version ${d.version}; this one reads up to ${SETTINGS_VERSION}). Update the extension, then import again.` };
    if (typeof d.settings !== 'object' || d.settings === null || Array.isArray(d.settings)) return { ok: false, error: 'This settings file has no "settings" object.' };
    const extra = Object.keys(d).filter((k) => !['app', 'version', 'settings', 'rejected'].includes(k));
    if (extra.length) return { ok: false, error: `This settings file has parts Reply Coach does not know: ${extra.slice(0, 5).join(', ')}.` };
    body = d.settings as Record<string, unknown>;
    version = d.version;
  } else {
    // An unversioned object is accepted only if it reads as settings (the engine's or the CLI's shape).
    const known = Object.keys(d).filter((k) => (SETTING_NAMES as readonly string[]).includes(k) || k === 'situationOverride');
    if (!known.length) return { ok: false, error: 'This file is not Reply Coach settings: none of its keys is a setting.' };
    body = d;
    version = 0;
  }
  const parsed = parseSettings(migrate(body, version));
  if (!parsed.ok) {
    const more = parsed.problems.length > 5 ? ` (and ${parsed.problems.length - 5} more)` : '';
    return { ok: false, error: `Nothing was imported. ${parsed.problems.slice(0, 5).join('; ')}${more}.` };
  }
  return parsed;
}
