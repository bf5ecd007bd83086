/** Help Scout. Test: https://secure.helpscout.net/conversation/1, Reply. */
import { lastText, type SiteAdapter } from './types';

export default {
  id: 'helpscout',
  matches: ['https://secure.helpscout.net/*'],
  editor: 'contenteditable',
  incomingMessage: (root) => lastText(root, '[data-cy="ThreadItem"] [data-cy="ThreadBody"]'),
  sendButton: (root) => root.querySelector('[data-cy="SendButton"]'),
  sendsOnModEnter: true,
} satisfies SiteAdapter;
