/**
 * Local insights: per-day counts, never text. What customers' messages show (situations and a fixed list
 * of topics, counted by keyword, the words themselves never kept), what the user's drafts were flagged
 * for, heated drafts calmed before sending, and how pauses ended. One record per sent draft; 90 days at
 * most; every counter bounded. With utils/settings.ts, the only caller of browser.storage.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { CATEGORIES, SITUATIONS, type Category, type Situation } from '../rules/types';

export const TOPICS = ['delivery', 'refund', 'damaged', 'billing', 'account', 'quality'] as const;
export type Topic = (typeof TOPICS)[number];

/** Keywords per topic, matched in the customer's message; only which topics matched leaves this function. */
const TOPIC_WORDS: Record<Topic, RegExp> = {
  delivery: /\b(?:deliver(?:y|ed|ies)?|shipp(?:ing|ed)|shipment|parcel|package|courier|tracking|arriv(?:e|ed|al)|dispatch(?:ed)?|in the post|never came|never got)\b/i,
  refund: /\b(?:refund(?:s|ed)?|money back|reimburse(?:d|ment)?|chargeback|return(?:s|ed|ing)?)\b/i,
  damaged: /\b(?:damaged?|broken|broke|cracked|smashed|dented|torn|scratched|shattered|defective|faulty)\b/i,
  billing: /\b(?:bill(?:ed|ing)?|charged?|charges|overcharged|invoice[sd]?|payments?|subscription|receipt)\b/i,
  account: /\b(?:account|log ?in|logged out|sign ?in|password|locked out|username|profile)\b/i,
  quality: /\b(?:quality|cheap(?:ly)?|poor(?:ly)?|flimsy|fake|not as described|stopped working|doesn'?t work|fell apart)\b/i,
};

/** The topics a customer's message mentions, from the fixed list. */
export function topicsIn(message: string | undefined): Topic[] {
  if (!message) return [];
  const text = message.slice(0, 5000);
  return TOPICS.filter((topic) => TOPIC_WORDS[topic].test(text));
}

/** What one sent draft adds. Only names from fixed lists and yes/no. */
export interface DraftTally {
  situations: Situation[];
  categories: Category[];
  topics: Topic[];
  /** The draft read as heated at some point while it was written. */
  heated: boolean;
  /** ...and was calm when sent (a rewrite applied, or edited until calm). */
  calmed: boolean;
}

export type PauseOutcome = 'review' | 'sendAnyway';

export interface DayCounts {
  drafts: number;
  heated: number;
  calmed: number;
  reviewed: number;
  sentAnyway: number;
  situations: Partial<Record<Situation, number>>;
  categories: Partial<Record<Category, number>>;
  topics: Partial<Record<Topic, number>>;
}

export interface InsightsData {
  version: 1;
  /** By local date, YYYY-MM-DD. */
  days: Record<string, DayCounts>;
}

export const INSIGHTS_LIMITS = { days: 90, count: 1_000_000, aside: 50_000 } as const;
export const INSIGHTS_KEYS = { data: 'insights', aside: 'insightsSetAside' } as const;

export const emptyInsights = (): InsightsData => ({ version: 1, days: {} });
const emptyDay = (): DayCounts => ({ drafts: 0, heated: 0, calmed: 0, reviewed: 0, sentAnyway: 0, situations: {}, categories: {}, topics: {} });

// ---- Schema: counts and fixed names only, so text can never pass as insights --------------------------

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(INSIGHTS_LIMITS.count));
const counts = <K extends string>(keys: readonly K[]) =>
  v.strictObject(Object.fromEntries(keys.map((k) => [k, v.optional(count)])) as Record<K, v.OptionalSchema<typeof count, undefined>>);
const daySchema = v.strictObject({
  drafts: count,
  heated: count,
  calmed: count,
  reviewed: count,
  sentAnyway: count,
  situations: counts(SITUATIONS),
  categories: counts(CATEGORIES),
  topics: counts(TOPICS),
});
const dataSchema = v.strictObject({
  version: v.literal(1),
  days: v.pipe(
    v.record(v.pipe(v.string(), v.regex(DAY_KEY)), daySchema),
    v.check((d) => Object.keys(d).length <= INSIGHTS_LIMITS.days * 2),
  ),
});

/** Stored insights, checked; anything else is corrupt. */
export function parseInsights(raw: unknown): { ok: true; data: InsightsData } | { ok: false } {
  const r = v.safeParse(dataSchema, raw);
  return r.success ? { ok: true, data: r.output as InsightsData } : { ok: false };
}

// ---- Counting ------------------------------------------------------------------------------------------

/** A local date as YYYY-MM-DD. */
export function dayKey(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

const addDays = (date: Date, n: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
const bump = (n: number | undefined) => Math.min(INSIGHTS_LIMITS.count, (n ?? 0) + 1);

/** Drops days older than the last 90, and keeps 90 days at most (a clock set back must not lose today's counts). */
export function prune(data: InsightsData, today: Date): InsightsData {
  const first = dayKey(addDays(today, -(INSIGHTS_LIMITS.days - 1)));
  const keys = Object.keys(data.days)
    .filter((k) => k >= first)
    .sort()
    .slice(-INSIGHTS_LIMITS.days);
  return { version: 1, days: Object.fromEntries(keys.map((k) => [k, data.days[k]])) };
}

export type InsightsUpdate = { draft: DraftTally } | { pause: PauseOutcome };

/** One update applied to a copy of the data, for today. */
export function applyUpdate(data: InsightsData, update: InsightsUpdate, today: Date): InsightsData {
  const key = dayKey(today);
  const pruned = prune(data, today);
  const day: DayCounts = structuredClone(pruned.days[key] ?? emptyDay());
  if ('pause' in update) {
    if (update.pause === 'review') day.reviewed = bump(day.reviewed);
    else day.sentAnyway = bump(day.sentAnyway);
  } else {
    const d = update.draft;
    day.drafts = bump(day.drafts);
    if (d.heated) day.heated = bump(day.heated);
    if (d.heated && d.calmed) day.calmed = bump(day.calmed);
    for (const s of new Set(d.situations)) day.situations[s] = bump(day.situations[s]);
    for (const c of new Set(d.categories)) day.categories[c] = bump(day.categories[c]);
    for (const t of new Set(d.topics)) day.topics[t] = bump(day.topics[t]);
  }
  return { version: 1, days: { ...pruned.days, [key]: day } };
}

// ---- Reading ---------------------------------------------------------------------------------------------

export interface Period {
  /** One entry per day, oldest first, with the day's key. */
  days: { key: string; counts: DayCounts }[];
  total: DayCounts;
}

function addInto(total: DayCounts, day: DayCounts) {
  for (const k of ['drafts', 'heated', 'calmed', 'reviewed', 'sentAnyway'] as const) total[k] += day[k];
  for (const k of ['situations', 'categories', 'topics'] as const) {
    const into = total[k] as Record<string, number>;
    for (const [name, n] of Object.entries(day[k] as Record<string, number>)) into[name] = (into[name] ?? 0) + n;
  }
}

/** The `length` days ending `endOffset` days before today. */
export function period(data: InsightsData, today: Date, length: number, endOffset = 0): Period {
  const days = [];
  const total = emptyDay();
  for (let i = length - 1; i >= 0; i--) {
    const key = dayKey(addDays(today, -(i + endOffset)));
    const counts = data.days[key] ?? emptyDay();
    days.push({ key, counts });
    addInto(total, counts);
  }
  return { days, total };
}

/** The name with the highest count (ties: the earlier in the list), or undefined when all are zero. */
export function mostCommon<K extends string>(tally: Partial<Record<K, number>>, order: readonly K[]): K | undefined {
  let best: K | undefined;
  for (const k of order) if ((tally[k] ?? 0) > 0 && (best === undefined || (tally[k] ?? 0) > (tally[best] ?? 0))) best = k;
  return best;
}

/** The plain-language observation, as parts the page words: the top situation this week, its trend, and the top topic. */
export interface Observation {
  situation: Situation;
  trend: 'doubled' | 'up' | 'down' | 'steady' | 'new';
  thisWeek: number;
  lastWeek: number;
  topic?: Topic;
}

export function observe(data: InsightsData, today: Date): Observation | undefined {
  const week = period(data, today, 7).total;
  const before = period(data, today, 7, 7).total;
  const situation = mostCommon(week.situations, SITUATIONS);
  if (!situation) return undefined;
  const thisWeek = week.situations[situation] ?? 0;
  const lastWeek = before.situations[situation] ?? 0;
  const trend = lastWeek === 0 ? 'new' : thisWeek >= 2 * lastWeek ? 'doubled' : thisWeek > lastWeek ? 'up' : thisWeek < lastWeek ? 'down' : 'steady';
  return { situation, trend, thisWeek, lastWeek, topic: mostCommon(week.topics, TOPICS) };
}

/** Every day kept, as CSV: one row per day, one column per counter. */
export function toCsv(data: InsightsData): string {
  const columns = [
    'drafts',
    'heated',
    'calmed',
    'reviewed',
    'sentAnyway',
    ...SITUATIONS.map((s) => `situation:${s}`),
    ...CATEGORIES.map((c) => `category:${c}`),
    ...TOPICS.map((t) => `topic:${t}`),
  ];
  const rows = Object.keys(data.days)
    .sort()
    .map((key) => {
      const d = data.days[key];
      return [
        key,
        d.drafts,
        d.heated,
        d.calmed,
        d.reviewed,
        d.sentAnyway,
        ...SITUATIONS.map((s) => d.situations[s] ?? 0),
        ...CATEGORIES.map((c) => d.categories[c] ?? 0),
        ...TOPICS.map((t) => d.topics[t] ?? 0),
      ].join(',');
    });
  return [['date', ...columns].join(','), ...rows].join('\n') + '\n';
}

// ---- Storage -------------------------------------------------------------------------------------------

export interface LoadedInsights {
  data: InsightsData;
  /** Set when stored insights were unreadable: they were set aside (on this date) and counting restarted. */
  setAsideOn?: string;
}

/** Reads stored insights. Corrupt data is moved aside (bounded in size) and counting starts again. */
export async function loadInsights(today = new Date()): Promise<LoadedInsights> {
  const stored = await browser.storage.local.get([INSIGHTS_KEYS.data, INSIGHTS_KEYS.aside]);
  const raw = stored[INSIGHTS_KEYS.data];
  const aside = stored[INSIGHTS_KEYS.aside] as { on?: unknown } | undefined;
  const setAsideOn = typeof aside?.on === 'string' ? aside.on : undefined;
  if (raw === undefined) return { data: emptyInsights(), setAsideOn };
  const parsed = parseInsights(raw);
  if (parsed.ok) return { data: prune(parsed.data, today), setAsideOn };
  let kept: unknown;
  try {
    const json = JSON.stringify(raw);
    kept = json !== undefined && json.length <= INSIGHTS_LIMITS.aside ? raw : undefined;
  } catch {
    kept = undefined;
  }
  const on = dayKey(today);
  await browser.storage.local.set({ [INSIGHTS_KEYS.aside]: { on, ...(kept !== undefined ? { data: kept } : {}) }, [INSIGHTS_KEYS.data]: emptyInsights() });
  return { data: emptyInsights(), setAsideOn: on };
}

let queue: Promise<unknown> = Promise.resolve();

/** Adds one update. Calls are serialised, so two tabs' sends both count. */
export function recordInsights(update: InsightsUpdate, today = new Date()): Promise<void> {
  const next = queue.then(async () => {
    const { data } = await loadInsights(today);
    await browser.storage.local.set({ [INSIGHTS_KEYS.data]: applyUpdate(data, update, today) });
  });
  queue = next.catch(() => {});
  return next;
}

/** "Clear all": the counts and anything set aside go. */
export async function clearInsights(): Promise<void> {
  await browser.storage.local.remove([INSIGHTS_KEYS.data, INSIGHTS_KEYS.aside]);
}

/** Calls back when stored insights change, in any context. Returns the unsubscribe. */
export function watchInsights(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (INSIGHTS_KEYS.data in changes || INSIGHTS_KEYS.aside in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
