import { describe, expect, it } from 'vitest';
import { countMessage } from '../../utils/messaging';

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
