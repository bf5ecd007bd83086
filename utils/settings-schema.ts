/**
 * The settings schema: every setting, its default and limits, validation, versions and migrations.
 * No browser API and no storage, so the CLI (`reply-coach lint --settings`) judges with exactly the
 * settings the options page exports. Import and export: ./settings-import-export; the admin's
 * managed settings: ./team-deploy; storage: ./settings-storage.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category, type CustomPhrase, type EngineSettings, type Sensitivity } from '../rules/types';
import { DEFAULT_ENGINE_SETTINGS } from '../rules/settings';

export const SETTINGS_VERSION = 1;

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'strict'];
export const POLICY_KEYS = ['returns', 'refunds', 'shipping'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export interface Settings {
  /** "Coach on": everywhere. */
  enabled: boolean;
  /** Host names where the user switched the coach off. */
  disabledSites: string[];
  sensitivity: Sensitivity;
  categories: Record<Category, boolean>;
  judgeGreetingAndSignature: boolean;
  customPhrases: CustomPhrase[];
  ignoreWords: string[];
  policies: Record<PolicyKey, string>;
  signOffs: string[];
  /** Pause before a heated draft is sent, on the built-in sites. */
  presend: boolean;
  /** Heat (0..1, from the Analysis's tone) at or above which a draft counts as heated. */
  presendHeat: number;
  /** Seconds before "Send anyway" unlocks; 0 is off. */
  presendCooldown: number;
}

/** Where each setting is stored. */
const PRESEND_FIELDS = ['presend', 'presendHeat', 'presendCooldown'] as const;
export const SYNC_FIELDS = ['enabled', 'disabledSites', 'sensitivity', 'categories', 'judgeGreetingAndSignature', ...PRESEND_FIELDS] as const;
export const LOCAL_FIELDS = ['customPhrases', 'ignoreWords', 'policies', 'signOffs'] as const;
export const SETTING_NAMES: readonly (keyof Settings)[] = [...SYNC_FIELDS, ...LOCAL_FIELDS];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  disabledSites: [],
  sensitivity: 'standard',
  categories: DEFAULT_ENGINE_SETTINGS.categories,
  judgeGreetingAndSignature: false,
  customPhrases: [],
  ignoreWords: [],
  policies: { returns: '', refunds: '', shipping: '' },
  signOffs: [],
  presend: true,
  presendHeat: 0.6,
  presendCooldown: 0,
});

/** Bounds of the pre-send options: the heat threshold (0..1) and the cool-down in whole seconds. */
export const PRESEND_LIMITS = { heatMin: 0.1, heatMax: 1, cooldownMax: 30 } as const;

export const LIMITS = { phrases: 200, phrase: 200, message: 300, words: 500, word: 60, policy: 1000, signOffs: 20, signOff: 80, sites: 2000 } as const;

// ---- Schema -------------------------------------------------------------------------------------

const text = (max: number) => v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const filled = (max: number) => v.pipe(text(max), v.check((s) => s.trim() !== '', 'must not be empty'));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must have at most ${max} entries`));
const HOST = /^[a-z0-9.-]{1,253}$/;

const customPhrase = v.strictObject(
  {
    phrase: filled(LIMITS.phrase),
    message: filled(LIMITS.message),
    replacement: v.optional(text(LIMITS.phrase)),
    category: v.optional(v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`)),
  },
  'must be an object with "phrase" and "message"',
);

/** One schema per setting, so a bad value costs only that setting. */
export const FIELD_SCHEMAS = {
  enabled: v.boolean('must be true or false'),
  disabledSites: list(v.pipe(v.string('must be text'), v.regex(HOST, 'must be a host name like shop.example.com')), LIMITS.sites),
  sensitivity: v.picklist(SENSITIVITIES, `must be one of ${SENSITIVITIES.join(', ')}`),
  categories: v.strictObject(
    Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(v.boolean('must be true or false'))])) as Record<Category, v.OptionalSchema<v.BooleanSchema<string>, undefined>>,
    'must be an object of categories, each true or false',
  ),
  judgeGreetingAndSignature: v.boolean('must be true or false'),
  customPhrases: list(customPhrase, LIMITS.phrases),
  ignoreWords: list(filled(LIMITS.word), LIMITS.words),
  policies: v.strictObject(
    { returns: v.optional(text(LIMITS.policy)), refunds: v.optional(text(LIMITS.policy)), shipping: v.optional(text(LIMITS.policy)) },
    `must be an object with ${POLICY_KEYS.join(', ')}`,
  ),
  signOffs: list(filled(LIMITS.signOff), LIMITS.signOffs),
  presend: v.boolean('must be true or false'),
  presendHeat: v.pipe(
    v.number('must be a number'),
    v.minValue(PRESEND_LIMITS.heatMin, `must be at least ${PRESEND_LIMITS.heatMin}`),
    v.maxValue(PRESEND_LIMITS.heatMax, `must be at most ${PRESEND_LIMITS.heatMax}`),
  ),
  presendCooldown: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number of seconds'),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(PRESEND_LIMITS.cooldownMax, `must be at most ${PRESEND_LIMITS.cooldownMax} seconds`),
  ),
} satisfies Record<keyof Settings, v.GenericSchema>;

/** "customPhrases[2].message: must be text" */
function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  // An unknown key in a strict object comes through as "expected never".
  const message = issue.expected === 'never' ? 'is not something Reply Coach knows' : issue.message;
  return path ? `${path}: ${message}` : message;
}

export function complete(partial: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    categories: { ...DEFAULT_SETTINGS.categories, ...(partial.categories ?? {}) },
    policies: { ...DEFAULT_SETTINGS.policies, ...(partial.policies ?? {}) },
  };
}

/**
 * Reads settings leniently, as from storage: each valid setting is kept, each invalid one falls back to
 * its default and is named in `problems`. Never throws.
 */
export function salvage(raw: unknown, fields: readonly (keyof Settings)[] = SETTING_NAMES): { settings: Partial<Settings>; problems: string[] } {
  const settings: Partial<Settings> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: ['the stored settings are not an object'] };
  const obj = raw as Record<string, unknown>;
  for (const name of fields) {
    if (!(name in obj) || obj[name] === undefined) continue;
    const r = v.safeParse(FIELD_SCHEMAS[name], obj[name]);
    if (r.success) (settings as Record<string, unknown>)[name] = r.output;
    else problems.push(describeIssue(r.issues[0], name));
  }
  return { settings, problems };
}

/** Parses settings strictly: every problem is reported and nothing is returned unless all is well. */
export function parseSettings(raw: unknown): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problems: ['"settings" must be an object'] };
  const problems: string[] = [];
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTING_NAMES as readonly string[]).includes(key)) {
      problems.push(`${key}: is not something Reply Coach knows`);
      continue;
    }
    const r = v.safeParse(FIELD_SCHEMAS[key as keyof Settings], value);
    if (r.success) (out as Record<string, unknown>)[key] = r.output;
    else for (const issue of r.issues) problems.push(describeIssue(issue, key));
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: complete(out) };
}

// ---- Versions and migrations ------------------------------------------------------------------------

/**
 * Migrations by the version they produce. Version 0 is an unversioned settings object in the engine's
 * shape, as the CLI takes it (`"settings"` in --jsonl): it may carry a per-draft `situationOverride`,
 * which is not a stored setting, and partial policies.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => {
    const { situationOverride: _dropped, ...rest } = old;
    return rest;
  },
};

/** Brings a settings object of `from` to the current version. */
export function migrate(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let out = raw;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) out = MIGRATIONS[version]?.(out) ?? out;
  return out;
}

// ---- What the engine and the content script need ---------------------------------------------------

const engineMemo = new WeakMap<Settings, Partial<EngineSettings>>();

/** The engine's settings for these settings; one object per settings object, so the engine's caches hold. */
export function toEngineSettings(s: Settings): Partial<EngineSettings> {
  let e = engineMemo.get(s);
  if (!e) {
    e = {
      sensitivity: s.sensitivity,
      categories: s.categories,
      ignoreWords: s.ignoreWords,
      customPhrases: s.customPhrases,
      policies: Object.fromEntries(POLICY_KEYS.filter((k) => s.policies[k].trim()).map((k) => [k, s.policies[k]])),
      signOffs: s.signOffs,
      judgeGreetingAndSignature: s.judgeGreetingAndSignature,
    };
    engineMemo.set(s, e);
  }
  return e;
}
