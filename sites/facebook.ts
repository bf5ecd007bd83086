/** Facebook, Messenger and Meta Business Suite inbox. Test: https://www.messenger.com/t/, https://business.facebook.com/latest/inbox. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*', 'https://business.facebook.com/*'],
  editor: 'lexical',
  incomingMessage: (root) => lastText(root, '[role="row"] [dir="auto"]'),
  // No stable attribute names Messenger's send button (only a localised aria-label), and the old selector
  // matched any labelled button ("Like" too); it sends on plain Enter, which the pause does not cover.
  sendButton: () => null,
  sendsOnModEnter: false,
} satisfies SiteAdapter;
