/** Gmail. Test: https://mail.google.com/mail/u/0/#inbox, open a thread, Reply. Keys on g_editable and data-message-id; the send button is the role=button whose tooltip names its Ctrl-Enter shortcut. */
import { lastElement, lastText, type SiteAdapter } from './types';

export default {
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-message-id] div[dir]'),
  incomingElement: (root) => lastElement(root, '[data-message-id] div[dir]'),
  sendButton: (root) => root.querySelector('div[role="button"][data-tooltip-delay][data-tooltip*="Enter"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
