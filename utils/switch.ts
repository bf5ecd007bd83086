/**
 * "Is the coach on here?", decided in one place for the entry script, the coach, the popup and the
 * options page. Pure and import-free, so the script every built-in page carries stays a few kilobytes
 * (no polyfill, no schema). utils/settings-storage.ts owns the key.
 */

export const SETTINGS_KEY = 'settings';

/** The two settings that switch the coach. */
export interface Switches {
  enabled: boolean;
  disabledSites: readonly string[];
}

/** Whether the coach runs on this host: on everywhere, and this site not switched off. */
export function coachOnFor(s: Switches, host: string): boolean {
  return s.enabled && !s.disabledSites.includes(host.toLowerCase());
}

/** The same question over stored sync settings as read raw (possibly invalid). Bad data means on. */
export function switchedOn(raw: unknown, host: string): boolean {
  if (typeof raw !== 'object' || raw === null) return true;
  const s = raw as { enabled?: unknown; disabledSites?: unknown };
  return coachOnFor({ enabled: s.enabled !== false, disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [] }, host);
}

/** The host name of the tab's top page, also from inside an iframe: the per-site switch is per tab's site. */
export function pageHost(): string {
  try {
    const ancestors = location.ancestorOrigins;
    const origin = ancestors?.length ? ancestors[ancestors.length - 1] : self.origin;
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return location.hostname.toLowerCase();
  }
}
