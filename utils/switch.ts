/**
 * The coach's on/off switch as the entry script reads it: pure and import-free, so the script every
 * built-in page carries stays a few kilobytes (no polyfill, no schema). utils/settings.ts owns the key.
 */

export const SETTINGS_KEY = 'settings';

/** Whether stored sync settings (raw, possibly invalid) leave the coach on for this host. Bad data means on. */
export function switchedOn(raw: unknown, host: string): boolean {
  if (typeof raw !== 'object' || raw === null) return true;
  const s = raw as { enabled?: unknown; disabledSites?: unknown };
  if (s.enabled === false) return false;
  return !(Array.isArray(s.disabledSites) && s.disabledSites.includes(host.toLowerCase()));
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
