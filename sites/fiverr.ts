/** Fiverr inbox. Test: https://www.fiverr.com/inbox. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'fiverr',
  matches: ['https://www.fiverr.com/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, '[data-testid="message-item-other"]'),
  sendButton: (root) => root.querySelector('button[data-testid="send-message-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
