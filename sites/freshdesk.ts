/** Freshdesk. Test: https://YOUR.freshdesk.com/a/tickets/1, Reply. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  editor: 'froala',
  incomingMessage: (root) => lastText(root, '[data-test-id="conversation-content"]'),
  sendButton: (root) => root.querySelector('[data-test-id="send-button"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
