/** Team deploy: what a company admin pushes through storage.managed, and how it sits on top of the user's settings. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category, type CustomPhrase } from '../rules/types';
import { FIELD_SCHEMAS, POLICY_KEYS, type PolicyKey, type Settings } from './settings-schema';

/** What a company admin can push (public/managed_schema.json describes it to Chrome). */
export interface Managed {
  policies?: Partial<Record<PolicyKey, string>>;
  customPhrases?: CustomPhrase[];
  lockedCategories?: Category[];
}

export interface Locks {
  categories: Category[];
  policies: PolicyKey[];
  /** How many of the effective custom phrases come from the admin (they are listed first). */
  phrases: number;
}

export const NO_LOCKS: Locks = Object.freeze({ categories: [], policies: [], phrases: 0 });

export function parseManaged(raw: unknown): Managed {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Managed = {};
  const policies = v.safeParse(FIELD_SCHEMAS.policies, r.policies);
  if (policies.success) out.policies = policies.output;
  const phrases = v.safeParse(FIELD_SCHEMAS.customPhrases, r.customPhrases);
  if (phrases.success) out.customPhrases = phrases.output;
  const locked = v.safeParse(v.array(v.picklist(CATEGORIES)), r.lockedCategories);
  if (locked.success) out.lockedCategories = locked.output;
  return out;
}

/** The user's settings with the admin's on top: locked categories on, admin policies win, admin phrases first. */
export function withManaged(user: Settings, managed: Managed): { settings: Settings; locks: Locks } {
  const lockedCategories = managed.lockedCategories ?? [];
  const lockedPolicies = POLICY_KEYS.filter((k) => managed.policies?.[k]?.trim());
  const adminPhrases = managed.customPhrases ?? [];
  if (!lockedCategories.length && !lockedPolicies.length && !adminPhrases.length) return { settings: user, locks: NO_LOCKS };
  const adminKeys = new Set(adminPhrases.map((p) => p.phrase.trim().toLowerCase()));
  return {
    settings: {
      ...user,
      categories: { ...user.categories, ...Object.fromEntries(lockedCategories.map((c) => [c, true])) },
      policies: { ...user.policies, ...Object.fromEntries(lockedPolicies.map((k) => [k, managed.policies![k]!])) },
      customPhrases: [...adminPhrases, ...user.customPhrases.filter((p) => !adminKeys.has(p.phrase.trim().toLowerCase()))],
    },
    locks: { categories: lockedCategories, policies: lockedPolicies, phrases: adminPhrases.length },
  };
}

/** The admin's settings, or none. */
export async function readManaged(): Promise<Managed> {
  try {
    // Firefox throws when no managed manifest is installed; Chrome returns {}.
    return parseManaged(await browser.storage.managed.get());
  } catch {
    return {};
  }
}
