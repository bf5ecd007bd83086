/** User-facing strings, through browser.i18n (public/_locales/<lang>/messages.json). */
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key; // no i18n API (a test without a browser)
  }
}
