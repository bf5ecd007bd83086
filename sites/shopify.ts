/** Shopify admin (inbox and order timeline). Test: https://admin.shopify.com/store/YOUR/orders/1. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'shopify',
  matches: ['https://admin.shopify.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-testid="timeline-event-message"]'),
  sendButton: (root) => root.querySelector('[data-testid="timeline-composer-post"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
