/** Facebook, Messenger and Meta Business Suite inbox. Test: https://www.messenger.com/t/, https://business.facebook.com/latest/inbox. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*', 'https://business.facebook.com/*'],
  editor: 'lexical',
  incomingMessage: (root) => lastText(root, '[role="row"] [dir="auto"]'),
  sendButton: (root) => root.querySelector('[role="button"][aria-label][tabindex="0"]'),
} satisfies SiteAdapter;
