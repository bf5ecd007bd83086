/** Yahoo Mail. Test: https://mail.yahoo.com/d/folders/1, open a message, Reply. Keys on data-test-id. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'yahoo',
  matches: ['https://mail.yahoo.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-test-id="message-view-body-content"]'),
  sendButton: (root) => root.querySelector('[data-test-id="compose-send-button"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
