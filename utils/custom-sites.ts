/**
 * The coach on sites outside the built-in list, only when the user turns it on there: an optional host
 * permission for that origin, a dynamically registered content script, and an injection into the
 * current tab so it works at once. The popup's "On this site" toggle calls these (a user gesture).
 */
import { browser } from 'wxt/browser';

const SCRIPT = 'reply.js';
const ID_PREFIX = 'reply-coach-site:';

/** The minimal API surface used, so tests can pass a stand-in. */
export interface SitesApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(s: object[]): Promise<void>;
    unregisterContentScripts(f: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(f?: { ids?: string[] }): Promise<{ id: string }[]>;
    executeScript(i: object): Promise<unknown>;
  };
}

const defaultApi = () => browser as unknown as SitesApi;

/** The match pattern for a page's origin, or undefined for pages extensions cannot run on. */
export function originPattern(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  if (/^(?:chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org)$/.test(u.hostname)) return undefined;
  return `${u.protocol}//${u.hostname}/*`;
}

const idFor = (pattern: string) => ID_PREFIX + pattern;

export type EnableResult = 'enabled' | 'denied' | 'unsupported';

/** Turns the coach on for a tab's site. Must run from a user gesture (the popup's toggle). */
export async function enableSite(tabId: number, url: string, api: SitesApi = defaultApi()): Promise<EnableResult> {
  const pattern = originPattern(url);
  if (!pattern) return 'unsupported';
  if (!(await api.permissions.request({ origins: [pattern] }))) return 'denied';
  const id = idFor(pattern);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await api.scripting.registerContentScripts([{ id, matches: [pattern], js: [SCRIPT], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT] });
  return 'enabled';
}

/** Turns the coach off for a site again and gives back its permission. */
export async function disableSite(url: string, api: SitesApi = defaultApi()): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  const id = idFor(pattern);
  const existing = (await api.scripting.getRegisteredContentScripts({ ids: [id] })).map((s) => s.id);
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: existing });
  await api.permissions.remove({ origins: [pattern] });
}

/** Whether the user turned the coach on for this site. */
export async function isSiteEnabled(url: string, api: SitesApi = defaultApi()): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  const [registered] = await api.scripting.getRegisteredContentScripts({ ids: [idFor(pattern)] });
  return !!registered && (await api.permissions.contains({ origins: [pattern] }));
}
