/**
 * The typed protocol between contexts. Every message is checked by shape and by sender before use;
 * anything else is ignored without an exception. A content script's message can never change settings:
 * the background accepts only a count and a focus notice from tabs, and settings live in storage,
 * written by extension pages and by the in-page card's own buttons on a trusted click (card-actions.ts).
 */
import type { Analysis, Rewrites, Situation } from '../rules/types';
import { CATEGORIES, SITUATIONS } from '../rules/types';
import { TOPICS, type InsightsUpdate } from './insights';
import type { DiffPart } from '../rules/diff';
import type { Tone } from '../rules/tone';

/** Content script -> background: the active box's finding count, for the toolbar badge. */
export interface CountMessage {
  type: 'analysis/count';
  count: number;
}

/** Content script -> background: this frame now holds the focused reply box. */
export interface FocusMessage {
  type: 'box/focus';
}

/** Content script -> background: one sent draft's tally, or how a pause ended. Names from fixed lists and yes/no only. */
export type InsightsMessage = { type: 'insights/record' } & InsightsUpdate;

/** Extension page (popup) or the background (the keyboard shortcut) -> content script. */
export type PageRequest = { type: 'analysis/get' } | { type: 'panel/open' } | { type: 'rewrite/apply'; kind: 'calmer' | 'firmer' } | { type: 'situation/set'; situations: Situation[] | null };

/** What the popup shows for the focused box. */
export interface DraftReport {
  analysis: Pick<Analysis, 'findings' | 'checks' | 'situations' | 'advice' | 'skipped' | 'truncatedAt'> & { rewrites: Rewrites };
  diffs: { calmer: DiffPart[]; firmer: DiffPart[]; notOffered?: { calmer?: string; firmer?: string } };
  tone: Tone;
  /** The situations read from the customer's message, before any override. */
  detected: Situation[];
  override: Situation[] | null;
}

export type PageResponse = { state: 'none' } | { state: 'off' } | { state: 'opened' } | ({ state: 'draft' } & DraftReport) | { state: 'applied' | 'copied' | 'failed'; message: string };

/** The parts of a sender we trust: our own extension, from a tab or from one of our pages. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

const MAX_COUNT = 100_000;

const plainObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null && !Array.isArray(m);
const onlyKeys = (m: Record<string, unknown>, keys: string[]) => Object.keys(m).every((k) => keys.includes(k));

/** A finding count from one of our own content scripts in a tab, or undefined. */
export function countMessage(message: unknown, sender: Sender, ownId: string): (CountMessage & { tabId: number; frameId: number }) | undefined {
  if (sender.id !== ownId || typeof sender.tab?.id !== 'number') return undefined;
  if (!plainObject(message)) return undefined;
  const m = message;
  if (m.type !== 'analysis/count' || !onlyKeys(m, ['type', 'count'])) return undefined;
  if (typeof m.count !== 'number' || !Number.isInteger(m.count) || m.count < 0 || m.count > MAX_COUNT) return undefined;
  return { type: 'analysis/count', count: m.count, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

/** A focus notice from one of our own content scripts in a tab, or undefined. */
export function focusMessage(message: unknown, sender: Sender, ownId: string): { tabId: number; frameId: number } | undefined {
  if (sender.id !== ownId || typeof sender.tab?.id !== 'number') return undefined;
  if (!plainObject(message) || message.type !== 'box/focus' || !onlyKeys(message, ['type'])) return undefined;
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

const namesFrom = <T extends string>(list: readonly T[], value: unknown): T[] | undefined =>
  Array.isArray(value) && value.length <= list.length && value.every((x) => (list as readonly unknown[]).includes(x)) ? [...new Set(value as T[])] : undefined;

/**
 * An insights update from one of our own content scripts in a tab, or undefined. Its shape admits no
 * text: situation, category and topic names from fixed lists, and booleans.
 */
export function insightsMessage(message: unknown, sender: Sender, ownId: string): InsightsUpdate | undefined {
  if (sender.id !== ownId || typeof sender.tab?.id !== 'number') return undefined;
  if (!plainObject(message) || message.type !== 'insights/record') return undefined;
  const m = message;
  if ('pause' in m) return onlyKeys(m, ['type', 'pause']) && (m.pause === 'review' || m.pause === 'sendAnyway') ? { pause: m.pause } : undefined;
  if (!onlyKeys(m, ['type', 'draft']) || !plainObject(m.draft)) return undefined;
  const d = m.draft;
  if (!onlyKeys(d, ['situations', 'categories', 'topics', 'heated', 'calmed']) || typeof d.heated !== 'boolean' || typeof d.calmed !== 'boolean') return undefined;
  const situations = namesFrom(SITUATIONS, d.situations);
  const categories = namesFrom(CATEGORIES, d.categories);
  const topics = namesFrom(TOPICS, d.topics);
  if (!situations || !categories || !topics) return undefined;
  return { draft: { situations, categories, topics, heated: d.heated, calmed: d.calmed } };
}

/**
 * A request from one of our own extension pages (the popup), or undefined. Content scripts share our
 * extension id, so the sender's URL must be ours too: another frame's content script cannot ask a box
 * to apply a rewrite.
 */
export function pageRequest(message: unknown, sender: Sender, ownId: string, ownOrigin: string): PageRequest | undefined {
  if (sender.id !== ownId || typeof sender.url !== 'string' || !sender.url.startsWith(ownOrigin)) return undefined;
  if (!plainObject(message)) return undefined;
  const m = message;
  if (m.type === 'analysis/get' && onlyKeys(m, ['type'])) return { type: 'analysis/get' };
  if (m.type === 'panel/open' && onlyKeys(m, ['type'])) return { type: 'panel/open' };
  if (m.type === 'rewrite/apply' && onlyKeys(m, ['type', 'kind']) && (m.kind === 'calmer' || m.kind === 'firmer')) return { type: 'rewrite/apply', kind: m.kind };
  if (m.type === 'situation/set' && onlyKeys(m, ['type', 'situations'])) {
    if (m.situations === null) return { type: 'situation/set', situations: null };
    if (Array.isArray(m.situations) && m.situations.length <= SITUATIONS.length && m.situations.every((s) => (SITUATIONS as readonly unknown[]).includes(s)))
      return { type: 'situation/set', situations: [...new Set(m.situations as Situation[])] };
  }
  return undefined;
}
