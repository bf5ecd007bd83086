/** eBay messages. Test: https://mesg.ebay.com/mesgweb/ViewMessages/0, open a buyer message. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'ebay',
  matches: ['https://*.ebay.com/*', 'https://*.ebay.co.uk/*', 'https://*.ebay.de/*', 'https://*.ebay.fr/*', 'https://*.ebay.it/*', 'https://*.ebay.es/*', 'https://*.ebay.ca/*', 'https://*.ebay.com.au/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, '[data-testid="message-bubble-received"]'),
  sendButton: (root) => root.querySelector('button[data-testid="send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
