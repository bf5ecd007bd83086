/** Intercom inbox. Test: https://app.intercom.com/a/inbox/, open a conversation. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'intercom',
  matches: ['https://app.intercom.com/*'],
  editor: 'prosemirror',
  incomingMessage: (root) => lastText(root, '[data-part-group-id] [data-conversation-part-body]'),
  sendButton: (root) => root.querySelector('[data-intercom-target="composer-send-button"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
