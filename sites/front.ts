/** Front. Test: https://app.frontapp.com/inboxes, open a conversation, Reply. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'front',
  matches: ['https://app.frontapp.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-testid="message-body"]'),
  sendButton: (root) => root.querySelector('[data-testid="send-button"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
