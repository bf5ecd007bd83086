/**
 * Answers the extension's own messages: the popup's (the draft, apply a rewrite, set the situation)
 * and the background's (the keyboard shortcut opens the panel). Nothing here touches settings, and
 * a message from anywhere but the extension is dropped (utils/messaging.ts validates every one).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageRequest, type PageRequest, type PageResponse } from '../../utils/messaging';

export interface PopupHandlers {
  answer(req: PageRequest): Promise<PageResponse>;
}

export function startPopupRequests(ctx: ContentScriptContext, handlers: PopupHandlers) {
  const onMessage = (message: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]) => {
    const req = pageRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    return req ? handlers.answer(req) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
