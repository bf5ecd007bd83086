import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  INSIGHTS_KEYS,
  INSIGHTS_LIMITS,
  TOPICS,
  applyUpdate,
  clearInsights,
  dayKey,
  emptyInsights,
  loadInsights,
  observe,
  parseInsights,
  period,
  recordInsights,
  toCsv,
  topicsIn,
  type DraftTally,
  type InsightsData,
} from '../../utils/insights';
import { insightsMessage } from '../../utils/messaging';
import { CATEGORIES, SITUATIONS } from '../../rules/types';

const TODAY = new Date(2026, 10, 27);
const daysAgo = (n: number) => new Date(2026, 10, 27 - n);
const draft = (over: Partial<DraftTally> = {}): DraftTally => ({ situations: ['angry'], categories: ['caps'], topics: ['delivery'], heated: true, calmed: false, ...over });

beforeEach(() => fakeBrowser.reset());

describe('topics', () => {
  it('names topics from the fixed list only, by keyword', () => {
    expect(topicsIn('My parcel never arrived, the box was damaged, and I want a refund!')).toEqual(['delivery', 'refund', 'damaged']);
    expect(topicsIn('I was charged twice and cannot log in to my account. Cheap quality too.')).toEqual(['billing', 'account', 'quality']);
    expect(topicsIn('Hello, thanks!')).toEqual([]);
    expect(topicsIn(undefined)).toEqual([]);
  });
});

describe('counting', () => {
  it('adds one draft per update, with its situations, categories and topics once each', () => {
    let d = applyUpdate(emptyInsights(), { draft: draft({ situations: ['angry', 'angry', 'problem'] }) }, TODAY);
    d = applyUpdate(d, { draft: draft({ heated: true, calmed: true, categories: ['caps', 'blame'] }) }, TODAY);
    d = applyUpdate(d, { pause: 'review' }, TODAY);
    d = applyUpdate(d, { pause: 'sendAnyway' }, TODAY);
    expect(d.days[dayKey(TODAY)]).toEqual({
      drafts: 2,
      heated: 2,
      calmed: 1,
      reviewed: 1,
      sentAnyway: 1,
      situations: { angry: 2, problem: 1 },
      categories: { caps: 2, blame: 1 },
      topics: { delivery: 2 },
    });
  });

  it('keeps 90 days at most and bounds every counter', () => {
    let d: InsightsData = emptyInsights();
    for (let i = 0; i < 120; i++) d = applyUpdate(d, { draft: draft() }, daysAgo(119 - i));
    expect(Object.keys(d.days)).toHaveLength(INSIGHTS_LIMITS.days);
    expect(Object.keys(d.days).sort()[0]).toBe(dayKey(daysAgo(89)));
    const full = { version: 1 as const, days: { [dayKey(TODAY)]: { ...applyUpdate(emptyInsights(), { draft: draft() }, TODAY).days[dayKey(TODAY)], drafts: INSIGHTS_LIMITS.count } } };
    expect(applyUpdate(full, { draft: draft() }, TODAY).days[dayKey(TODAY)].drafts).toBe(INSIGHTS_LIMITS.count);
  });

  it('accepts only counts and fixed names: any text is corrupt data', () => {
    const good = applyUpdate(emptyInsights(), { draft: draft() }, TODAY);
    expect(parseInsights(good).ok).toBe(true);
    const day = good.days[dayKey(TODAY)];
    for (const bad of [
      { ...good, days: { [dayKey(TODAY)]: { ...day, note: 'CALM DOWN' } } },
      { ...good, days: { [dayKey(TODAY)]: { ...day, topics: { 'never arrived': 1 } } } },
      { ...good, days: { 'last tuesday': day } },
      { ...good, days: { [dayKey(TODAY)]: { ...day, drafts: -1 } } },
      { ...good, days: { [dayKey(TODAY)]: { ...day, drafts: 'many' } } },
      { version: 2, days: {} },
      'text',
      [],
    ])
      expect(parseInsights(bad).ok).toBe(false);
  });
});

describe('reading', () => {
  it('sums a period and observes the top situation, its trend and the top topic', () => {
    let d = emptyInsights();
    for (let i = 0; i < 2; i++) d = applyUpdate(d, { draft: draft({ topics: ['refund'] }) }, daysAgo(9));
    for (let i = 0; i < 5; i++) d = applyUpdate(d, { draft: draft({ topics: ['delivery'] }) }, daysAgo(i));
    d = applyUpdate(d, { draft: draft({ situations: ['confused'], topics: ['billing'] }) }, daysAgo(1));
    expect(period(d, TODAY, 7).total.drafts).toBe(6);
    expect(period(d, TODAY, 30).total.drafts).toBe(8);
    expect(period(d, TODAY, 7).days).toHaveLength(7);
    expect(observe(d, TODAY)).toEqual({ situation: 'angry', trend: 'doubled', thisWeek: 5, lastWeek: 2, topic: 'delivery' });
    expect(observe(emptyInsights(), TODAY)).toBeUndefined();
  });

  it('exports one CSV row per day with a column per counter, situation, category and topic', () => {
    const d = applyUpdate(applyUpdate(emptyInsights(), { draft: draft() }, daysAgo(1)), { pause: 'review' }, TODAY);
    const [head, ...rows] = toCsv(d).trim().split('\n');
    const cols = head.split(',');
    expect(cols.slice(0, 6)).toEqual(['date', 'drafts', 'heated', 'calmed', 'reviewed', 'sentAnyway']);
    expect(cols).toHaveLength(6 + SITUATIONS.length + CATEGORIES.length + TOPICS.length);
    expect(rows).toHaveLength(2);
    const first = Object.fromEntries(cols.map((c, i) => [c, rows[0].split(',')[i]]));
    expect(first).toMatchObject({ date: dayKey(daysAgo(1)), drafts: '1', 'situation:angry': '1', 'category:caps': '1', 'topic:delivery': '1', 'topic:refund': '0' });
  });
});

describe('storage', () => {
  it('records through the one writer, serialised, and clears all', async () => {
    await Promise.all([recordInsights({ draft: draft() }, TODAY), recordInsights({ draft: draft() }, TODAY), recordInsights({ pause: 'review' }, TODAY)]);
    const { data, setAsideOn } = await loadInsights(TODAY);
    expect(data.days[dayKey(TODAY)]).toMatchObject({ drafts: 2, reviewed: 1 });
    expect(setAsideOn).toBeUndefined();
    await clearInsights();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('sets corrupt data aside, restarts counting, and says so', async () => {
    const corrupt = { version: 1, days: { '2026-11-20': { drafts: 'lots' } } };
    await fakeBrowser.storage.local.set({ [INSIGHTS_KEYS.data]: corrupt });
    const loaded = await loadInsights(TODAY);
    expect(loaded).toEqual({ data: emptyInsights(), setAsideOn: dayKey(TODAY) });
    const stored = await fakeBrowser.storage.local.get();
    expect(stored[INSIGHTS_KEYS.aside]).toEqual({ on: dayKey(TODAY), data: corrupt });
    expect(stored[INSIGHTS_KEYS.data]).toEqual(emptyInsights());
    await recordInsights({ draft: draft() }, TODAY);
    expect((await loadInsights(TODAY)).data.days[dayKey(TODAY)].drafts).toBe(1);
  });
});

describe('insights messages', () => {
  const OWN = 'own';
  const tab = { id: OWN, tab: { id: 3 }, frameId: 0 };
  const msg = { type: 'insights/record', draft: draft() };
  it('accepts a tally of fixed names and booleans from our content script', () => {
    expect(insightsMessage(msg, tab, OWN)).toEqual({ draft: draft() });
    expect(insightsMessage({ type: 'insights/record', pause: 'sendAnyway' }, tab, OWN)).toEqual({ pause: 'sendAnyway' });
  });
  it.each([
    ['another extension', msg, { ...tab, id: 'x' }],
    ['no tab', msg, { id: OWN }],
    ['text in a field', { type: 'insights/record', draft: { ...draft(), note: 'CALM DOWN' } }, tab],
    ['an unknown topic', { type: 'insights/record', draft: draft({ topics: ['never arrived' as never] }) }, tab],
    ['an unknown situation', { type: 'insights/record', draft: draft({ situations: ['furious' as never] }) }, tab],
    ['a string for a boolean', { type: 'insights/record', draft: { ...draft(), heated: 'yes' } }, tab],
    ['an unknown pause outcome', { type: 'insights/record', pause: 'ignored' }, tab],
    ['both parts', { type: 'insights/record', pause: 'review', draft: draft() }, tab],
  ])('ignores %s', (_n, m, s) => expect(insightsMessage(m, s, OWN)).toBeUndefined());
});
