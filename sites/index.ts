/** The built-in sites, one adapter each. Their match patterns are the content script's. */
import { lastElement, lastText, type SiteAdapter } from './types';
import airbnb from './airbnb';
import amazonSeller from './amazon-seller';
import ebay from './ebay';
import etsy from './etsy';
import facebook from './facebook';
import fiverr from './fiverr';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import helpscout from './helpscout';
import intercom from './intercom';
import outlook from './outlook';
import proton from './proton';
import shopify from './shopify';
import upwork from './upwork';
import yahoo from './yahoo';
import zendesk from './zendesk';

export type { SiteAdapter };

/**
 * The e2e build only: the roosterjs fixture stands in for Outlook and Proton, whose roosterjs editor
 * carries no fingerprint, so the path they take (named by their adapters) is the one tested.
 */
const roosterjsFixture: SiteAdapter = {
  id: 'roosterjs-fixture',
  matches: ['http://127.0.0.1/roosterjs.html'],
  editor: 'roosterjs',
  incomingMessage: (root) => lastText(root, '#customer'),
  incomingElement: (root) => lastElement(root, '#customer'),
  sendButton: () => null,
  sendsOnModEnter: false,
};

const BUILT_IN: readonly SiteAdapter[] = [
  gmail,
  outlook,
  yahoo,
  proton,
  zendesk,
  freshdesk,
  helpscout,
  intercom,
  front,
  ebay,
  etsy,
  amazonSeller,
  shopify,
  fiverr,
  upwork,
  airbnb,
  facebook,
];

export const SITES: readonly SiteAdapter[] = import.meta.env?.MODE === 'e2e' ? [...BUILT_IN, roosterjsFixture] : BUILT_IN;

export const SITE_MATCHES: string[] = BUILT_IN.flatMap((s) => s.matches);

/** Whether a URL matches a Chrome match pattern (scheme://host/path with * wildcards). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  if (scheme !== '*' ? u.protocol !== `${scheme}:` : !/^https?:$/.test(u.protocol)) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}

/** The adapter for a page, if it is a built-in site. */
export function siteFor(url: string): SiteAdapter | undefined {
  return SITES.find((s) => s.matches.some((p) => matchesPattern(p, url)));
}

/** Where the content script runs without the user turning it on: the built-in sites (and, in the e2e build, the local fixture server). */
/** The local fixture server the e2e build also runs on. */
export const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export const COACH_MATCHES: string[] = import.meta.env?.MODE === 'e2e' ? [...SITE_MATCHES, ...FIXTURE_MATCHES] : SITE_MATCHES;

/**
 * The e2e build only: a fixture page asks to be treated as a built-in site with ?site=ID, so the real
 * adapters' selectors are what the browser tests exercise.
 */
export function fixtureSite(url: string): SiteAdapter | undefined {
  if (import.meta.env?.MODE !== 'e2e' || !FIXTURE_MATCHES.some((p) => matchesPattern(p, url))) return undefined;
  const id = new URL(url).searchParams.get('site');
  return SITES.find((s) => s.id === id);
}

export function isBuiltInSite(url: string): boolean {
  return COACH_MATCHES.some((p) => matchesPattern(p, url));
}
