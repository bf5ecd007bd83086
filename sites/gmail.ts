/** Gmail. Test: https://mail.google.com/mail/u/0/#inbox, open a thread, Reply. Keys on g_editable and data-message-id. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-message-id] div[dir]'),
  sendButton: (root) => root.querySelector('[data-tooltip-delay] [role="button"][data-tooltip*="Enter"]'),
} satisfies SiteAdapter;
