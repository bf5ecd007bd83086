/** Etsy messages. Test: https://www.etsy.com/messages, open a conversation. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'etsy',
  matches: ['https://www.etsy.com/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, '[data-test-id="convo-message-other"]'),
  sendButton: (root) => root.querySelector('button[data-test-id="convo-send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
