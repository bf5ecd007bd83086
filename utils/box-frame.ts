/** The tab-to-frame record: which frame of a tab holds its focused reply box (a number, never text), in session storage, so the popup asks that frame. */
import { browser } from 'wxt/browser';

const PREFIX = 'boxFrame:';

/** The frame holding a tab's focused reply box (a number; no text). */
export async function setBoxFrame(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.storage.session.set({ [PREFIX + tabId]: frameId });
  } catch {
    /* no session storage: the popup asks the top frame */
  }
}

export async function getBoxFrame(tabId: number): Promise<number | undefined> {
  try {
    const v = (await browser.storage.session.get(PREFIX + tabId))[PREFIX + tabId];
    return typeof v === 'number' ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function clearBoxFrame(tabId: number): Promise<void> {
  try {
    await browser.storage.session.remove(PREFIX + tabId);
  } catch {
    /* nothing to clear */
  }
}
