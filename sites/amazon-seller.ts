/** Amazon Seller Central buyer messages. Test: https://sellercentral.amazon.com/messaging/inbox. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'amazon-seller',
  matches: ['https://sellercentral.amazon.com/*', 'https://sellercentral.amazon.co.uk/*', 'https://sellercentral.amazon.de/*', 'https://sellercentral-europe.amazon.com/*', 'https://sellercentral.amazon.ca/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, '[data-test-id="buyer-message-body"]'),
  sendButton: (root) => root.querySelector('kat-button[data-test-id="send-reply-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
