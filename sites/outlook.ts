/** Outlook on the web. Test: https://outlook.live.com/mail/0/inbox, open a message, Reply. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'outlook',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  editor: 'roosterjs',
  incomingMessage: (root) => lastText(root, '[data-convid] [role="document"]'),
  sendButton: (root) => root.querySelector('button[data-testid="ComposeSendButton"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
