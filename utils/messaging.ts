/**
 * The typed protocol between contexts. Every message is checked by shape and by sender before use;
 * anything else is ignored without an exception. A content script's message can never change settings.
 */

export interface CountMessage {
  type: 'analysis/count';
  count: number;
}

export type Message = CountMessage;

/** The parts of a sender we trust: our own extension, from a tab. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

const MAX_COUNT = 100_000;

/** A finding count from one of our own content scripts in a tab, or undefined. */
export function countMessage(message: unknown, sender: Sender, ownId: string): (CountMessage & { tabId: number; frameId: number }) | undefined {
  if (sender.id !== ownId || typeof sender.tab?.id !== 'number') return undefined;
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'analysis/count' || Object.keys(m).some((k) => k !== 'type' && k !== 'count')) return undefined;
  if (typeof m.count !== 'number' || !Number.isInteger(m.count) || m.count < 0 || m.count > MAX_COUNT) return undefined;
  return { type: 'analysis/count', count: m.count, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}
