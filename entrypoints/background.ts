/** Toolbar badge, the frame that holds each tab's reply box, insights counts, and stored settings brought up to date. No rule logic here. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { countMessage, focusMessage, insightsMessage } from '../utils/messaging';
import { recordInsights } from '../utils/insights';
import { clearBoxFrame, setBoxFrame, upgradeStoredSettings } from '../utils/settings';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void upgradeStoredSettings());
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const focus = focusMessage(message, sender, browser.runtime.id);
    if (focus) {
      void setBoxFrame(focus.tabId, focus.frameId);
      return;
    }
    const insights = insightsMessage(message, sender, browser.runtime.id);
    if (insights) {
      void recordInsights(insights).catch(() => {});
      return;
    }
    const m = countMessage(message, sender, browser.runtime.id);
    // A subframe without a box reports 0; only a count, or the top frame, changes the badge.
    if (!m || (m.frameId !== 0 && m.count === 0)) return;
    void browser.action.setBadgeText({ tabId: m.tabId, text: m.count ? String(m.count) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId: m.tabId, color: '#d93025' });
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearBoxFrame(tabId));
});
