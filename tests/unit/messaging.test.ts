import { describe, expect, it } from 'vitest';
import { countMessage, focusMessage, pageRequest } from '../../utils/messaging';

const OWN = 'own-extension-id';
const tab = { id: OWN, tab: { id: 5 }, frameId: 0 };

describe('messages between contexts', () => {
  it('accepts a well-formed count from our own content script in a tab', () => {
    expect(countMessage({ type: 'analysis/count', count: 3 }, tab, OWN)).toEqual({ type: 'analysis/count', count: 3, tabId: 5, frameId: 0 });
  });

  it.each([
    ['another extension', { type: 'analysis/count', count: 3 }, { ...tab, id: 'someone-else' }],
    ['no tab (a page or worker)', { type: 'analysis/count', count: 3 }, { id: OWN }],
    ['an unknown type', { type: 'settings/set', count: 3 }, tab],
    ['extra fields', { type: 'analysis/count', count: 3, text: 'the draft' }, tab],
    ['a negative count', { type: 'analysis/count', count: -1 }, tab],
    ['a fractional count', { type: 'analysis/count', count: 1.5 }, tab],
    ['a huge count', { type: 'analysis/count', count: 1e9 }, tab],
    ['a string count', { type: 'analysis/count', count: '3' }, tab],
    ['null', null, tab],
    ['a string', 'analysis/count', tab],
    ['an array', ['analysis/count', 3], tab],
  ])('ignores %s without throwing', (_name, message, sender) => {
    expect(countMessage(message, sender, OWN)).toBeUndefined();
  });
});

describe('focus notices', () => {
  it('accepts a bare focus notice from our content script and names the frame', () => {
    expect(focusMessage({ type: 'box/focus' }, { ...tab, frameId: 7 }, OWN)).toEqual({ tabId: 5, frameId: 7 });
  });
  it.each([
    ['no tab', { type: 'box/focus' }, { id: OWN }],
    ['another extension', { type: 'box/focus' }, { ...tab, id: 'x' }],
    ['extra fields', { type: 'box/focus', text: 'draft' }, tab],
  ])('ignores %s', (_n, m, s) => expect(focusMessage(m, s, OWN)).toBeUndefined());
});

describe('requests from our pages to a content script', () => {
  const ORIGIN = 'chrome-extension://own-extension-id/';
  const popup = { id: OWN, url: `${ORIGIN}popup.html?tabId=3` };
  it('accepts the popup asking for the analysis, an apply and a situation', () => {
    expect(pageRequest({ type: 'analysis/get' }, popup, OWN, ORIGIN)).toEqual({ type: 'analysis/get' });
    expect(pageRequest({ type: 'rewrite/apply', kind: 'firmer' }, popup, OWN, ORIGIN)).toEqual({ type: 'rewrite/apply', kind: 'firmer' });
    expect(pageRequest({ type: 'situation/set', situations: ['dishonest', 'angry', 'angry'] }, popup, OWN, ORIGIN)).toEqual({ type: 'situation/set', situations: ['dishonest', 'angry'] });
    expect(pageRequest({ type: 'situation/set', situations: null }, popup, OWN, ORIGIN)).toEqual({ type: 'situation/set', situations: null });
    // The keyboard shortcut, from the background's service worker.
    expect(pageRequest({ type: 'panel/open' }, { id: OWN, url: `${ORIGIN}background.js` }, OWN, ORIGIN)).toEqual({ type: 'panel/open' });
  });
  it.each([
    ['a content script (same id, page URL)', { type: 'rewrite/apply', kind: 'calmer' }, { id: OWN, url: 'https://evil.example/', tab: { id: 1 } }],
    ['another extension', { type: 'analysis/get' }, { id: 'x', url: 'chrome-extension://x/popup.html' }],
    ['no URL', { type: 'analysis/get' }, { id: OWN }],
    ['an unknown kind', { type: 'rewrite/apply', kind: 'nicer' }, popup],
    ['an unknown situation', { type: 'situation/set', situations: ['furious'] }, popup],
    ['a settings change', { type: 'settings/set', settings: { enabled: false } }, popup],
    ['extra fields', { type: 'analysis/get', text: 'x' }, popup],
    ['a number', 42, popup],
    ['a content script asking to open the panel', { type: 'panel/open' }, { id: OWN, url: 'https://evil.example/', tab: { id: 1 } }],
    ['panel/open with extra fields', { type: 'panel/open', tab: 'findings' }, popup],
  ])('ignores %s', (_n, m, s) => expect(pageRequest(m, s, OWN, ORIGIN)).toBeUndefined());
});
