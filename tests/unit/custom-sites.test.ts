import { describe, expect, it } from 'vitest';
import { disableSite, enableSite, isSiteEnabled, originPattern, type SitesApi } from '../../utils/custom-sites';

function fakeApi(grant: boolean) {
  const granted = new Set<string>();
  const registered = new Map<string, object>();
  const injected: object[] = [];
  const api: SitesApi = {
    permissions: {
      request: async ({ origins }) => {
        if (grant) origins.forEach((o) => granted.add(o));
        return grant;
      },
      remove: async ({ origins }) => origins.every((o) => granted.delete(o)),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (s) => {
        for (const x of s as { id: string }[]) {
          if (registered.has(x.id)) throw new Error(`duplicate ${x.id}`);
          registered.set(x.id, x);
        }
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((i) => registered.delete(i)),
      getRegisteredContentScripts: async (f) => [...registered.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
      executeScript: async (i) => void injected.push(i),
    },
  };
  return { api, granted, registered, injected };
}

describe('custom sites', () => {
  it('derives an origin pattern, refusing pages extensions cannot run on', () => {
    expect(originPattern('https://shop.example.com/orders/1?x=2')).toBe('https://shop.example.com/*');
    expect(originPattern('http://localhost:8080/')).toBe('http://localhost/*');
    expect(originPattern('chrome://extensions')).toBeUndefined();
    expect(originPattern('https://chromewebstore.google.com/detail/x')).toBeUndefined();
    expect(originPattern('not a url')).toBeUndefined();
  });

  it('requests the permission, registers the scripts once and injects into the tab', async () => {
    const f = fakeApi(true);
    expect(await enableSite(7, 'https://shop.example.com/inbox', f.api)).toBe('enabled');
    expect(await enableSite(7, 'https://shop.example.com/other', f.api)).toBe('enabled');
    expect([...f.granted]).toEqual(['https://shop.example.com/*']);
    expect([...f.registered.values()]).toMatchObject([
      { matches: ['https://shop.example.com/*'], js: ['reply.js'], allFrames: true },
    ]);
    expect(f.registered.size).toBe(1);
    expect(f.injected).toContainEqual({ target: { tabId: 7, allFrames: true }, files: ['reply.js'] });
    expect(await isSiteEnabled('https://shop.example.com/x', f.api)).toBe(true);
  });

  it('does nothing when the user declines, and undoes everything on disable', async () => {
    const denied = fakeApi(false);
    expect(await enableSite(1, 'https://a.example/', denied.api)).toBe('denied');
    expect(denied.registered.size).toBe(0);
    expect(denied.injected).toEqual([]);
    const f = fakeApi(true);
    await enableSite(1, 'https://a.example/', f.api);
    await disableSite('https://a.example/page', f.api);
    expect(f.registered.size).toBe(0);
    expect(f.granted.size).toBe(0);
    expect(await isSiteEnabled('https://a.example/', f.api)).toBe(false);
    expect(await enableSite(1, 'about:blank', f.api)).toBe('unsupported');
  });
});
