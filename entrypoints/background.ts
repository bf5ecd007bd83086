/** Toolbar badge with the active box's finding count. No rule logic here. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts, in a tab, with a well-formed count.
    if (sender.id !== browser.runtime.id || !sender.tab?.id) return;
    const m = message as { type?: unknown; count?: unknown };
    if (m?.type !== 'analysis/count' || typeof m.count !== 'number' || !Number.isInteger(m.count) || m.count < 0 || m.count > 100_000) return;
    if (sender.frameId !== 0 && m.count === 0) return;
    void browser.action.setBadgeText({ tabId: sender.tab.id, text: m.count ? String(m.count) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#d93025' });
  });
});
