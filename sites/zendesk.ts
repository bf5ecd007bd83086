/** Zendesk Support agent workspace. Test: https://YOUR.zendesk.com/agent/tickets/1. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'zendesk',
  matches: ['https://*.zendesk.com/*'],
  editor: 'ckeditor5',
  incomingMessage: (root) => lastText(root, '[data-test-id="omni-log-message-content"]'),
  sendButton: (root) => root.querySelector('[data-test-id="submit_button-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
