/** Upwork messages. Test: https://www.upwork.com/ab/messages/rooms/. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'upwork',
  matches: ['https://www.upwork.com/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-test="message-body"]'),
  sendButton: (root) => root.querySelector('button[data-test="send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
