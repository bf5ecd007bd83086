/** Upwork messages. Test: https://www.upwork.com/ab/messages/rooms/. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'upwork',
  matches: ['https://www.upwork.com/*'],
  replyBox: (root) => root.querySelector('[data-test="composer-input"] [contenteditable="true"], textarea[data-test="message-input"]'),
  incomingMessage: (root) => lastText(root, '[data-test="message-body"]'),
  sendButton: (root) => root.querySelector('button[data-test="send-button"]'),
  sendsOnModEnter: false,
} satisfies SiteAdapter;
