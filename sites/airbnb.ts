/** Airbnb host inbox. Test: https://www.airbnb.com/hosting/inbox. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'airbnb',
  matches: ['https://www.airbnb.com/*', 'https://www.airbnb.co.uk/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, '[data-testid="message-list-item"]'),
  sendButton: (root) => root.querySelector('button[data-testid="messaging-composebar-send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
