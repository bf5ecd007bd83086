/** Toolbar badge, the frame that holds each tab's reply box, insights counts, the keyboard shortcut, the welcome page on install, and stored settings brought up to date. No rule logic here. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { countMessage, focusMessage, insightsMessage } from '../utils/messaging';
import { recordInsights } from '../utils/insights';
import { upgradeStoredSettings } from '../utils/settings-storage';
import { clearBoxFrame, getBoxFrame, setBoxFrame } from '../utils/box-frame';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    void upgradeStoredSettings();
    // A first install opens the welcome page (never an update). The e2e build opens it only when asked.
    if (details.reason === 'install' && import.meta.env.MODE !== 'e2e') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // The shortcut (Alt+Shift+R by default): the panel opens for the focused box, in whichever frame holds it.
  browser.commands?.onCommand.addListener((command, tab) => void openPanel(command, tab?.id));
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

/** Asks the frame holding the tab's focused reply box to open its panel. */
export async function openPanel(command: string, tabId: number | undefined): Promise<void> {
  if (command !== 'open-panel') return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const frameId = (await getBoxFrame(id)) ?? 0;
  await browser.tabs.sendMessage(id, { type: 'panel/open' }, { frameId }).catch(() => {});
}
