/** Proton Mail (composer in an iframe). Test: https://mail.proton.me/u/0/inbox, Reply. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'proton',
  matches: ['https://mail.proton.me/*'],
  editor: 'roosterjs',
  incomingMessage: (root) => lastText(root, '[data-testid="message-content:body"]'),
  sendButton: (root) => root.querySelector('[data-testid="composer:send-button"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
