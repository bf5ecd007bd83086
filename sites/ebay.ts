/** eBay messages. Test: https://mesg.ebay.com/mesgweb/ViewMessages/0, open a buyer message. */
import { lastElement, lastText, type SiteAdapter } from './types';

const RECEIVED = '[data-testid="message-bubble-received"]';

export default {
  id: 'ebay',
  matches: ['https://*.ebay.com/*', 'https://*.ebay.co.uk/*', 'https://*.ebay.de/*', 'https://*.ebay.fr/*', 'https://*.ebay.it/*', 'https://*.ebay.es/*', 'https://*.ebay.ca/*', 'https://*.ebay.com.au/*'],
  editor: 'textarea',
  incomingMessage: (root) => lastText(root, RECEIVED),
  incomingElement: (root) => lastElement(root, RECEIVED),
  sendButton: (root) => root.querySelector('button[data-testid="send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
