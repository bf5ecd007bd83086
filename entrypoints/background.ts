/** Toolbar badge with the active box's finding count. No rule logic here. */
import { countMessage } from '../utils/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = countMessage(message, sender, browser.runtime.id);
    // A subframe without a box reports 0; only a count, or the top frame, changes the badge.
    if (!m || (m.frameId !== 0 && m.count === 0)) return;
    void browser.action.setBadgeText({ tabId: m.tabId, text: m.count ? String(m.count) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId: m.tabId, color: '#d93025' });
  });
});
