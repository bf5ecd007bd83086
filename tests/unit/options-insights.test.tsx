// @vitest-environment jsdom
/** The options page's Insights tab: charts and totals from stored counts, and a notice when stored data was corrupt. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

describe('options page, Insights tab', () => {
  it('sets corrupt insights aside, says so, and shows 7- and 30-day charts of the counts kept since', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Reply Coach', version: '0', permissions: ['storage'] });
    await fakeBrowser.storage.local.set({ insights: { version: 1, days: { '2026-01-01': { drafts: 'a customer wrote CALM DOWN' } } } });
    const { render } = await import('preact');
    const { App } = await import('../../entrypoints/options/App');
    const { recordInsights } = await import('../../utils/insights');
    document.body.innerHTML = '<div id="app"></div>'; // test fixture only
    render(<App />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.querySelector('main.options:not([aria-busy])')).not.toBeNull());
    const tab = document.getElementById('tab-insights') as HTMLButtonElement;
    expect(tab.getAttribute('aria-selected')).toBe('false');
    tab.click();
    await vi.waitFor(() => expect(document.querySelector('#panel-insights [role="alert"]')?.textContent).toBe('insights_setAside'));
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect((document.getElementById('panel-settings') as HTMLElement).hidden).toBe(true);
    const stored = await fakeBrowser.storage.local.get();
    expect(stored.insights).toEqual({ version: 1, days: {} });
    expect(JSON.stringify(stored.insightsSetAside)).toContain('CALM DOWN'); // kept aside, never counted
    expect(document.querySelector('[data-testid="observation"]')?.textContent).toBe('insights_nothingYet');

    await recordInsights({ draft: { situations: ['angry'], categories: ['blame'], topics: ['delivery'], heated: true, calmed: true } });
    await vi.waitFor(() => expect(document.querySelector('#insights-7 ~ dl [data-total="drafts"]')?.textContent).toBe('1'));
    const charts = [...document.querySelectorAll('svg.chart')];
    expect(charts.map((c) => c.querySelectorAll('g[data-day]').length)).toEqual([7, 30]);
    expect(charts[0].querySelector('g[data-drafts="1"]')).not.toBeNull();
    expect(document.querySelector('#insights-30 ~ dl [data-total="calmed"]')?.textContent).toBe('1');
    expect(document.querySelector('#insights-30 ~ dl [data-total="situation"]')?.textContent).toBe('situation_angry (1)');
    expect(document.querySelector('[data-testid="observation"]')?.textContent).toBe('insights_trendNew insights_topicMost');
  });
});

describe('options page, Before you send', () => {
  it('turns the pause off, sets the cool-down, and refuses one over 30 s', async () => {
    const { render } = await import('preact');
    const { App } = await import('../../entrypoints/options/App');
    document.body.innerHTML = '<div id="app2"></div>'; // test fixture only
    render(<App />, document.getElementById('app2')!);
    await vi.waitFor(() => expect(document.querySelector('section[aria-labelledby="presend"]')).not.toBeNull());
    const section = document.querySelector('section[aria-labelledby="presend"]')!;
    const sw = section.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    const cooldown = section.querySelector<HTMLInputElement>('input[type="number"]')!;
    cooldown.value = '10';
    cooldown.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.sync.get('settings')).settings as { presendCooldown?: number })?.presendCooldown).toBe(10));
    cooldown.value = '45';
    cooldown.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(section.querySelector('[role="alert"]')?.textContent).toMatch(/presendCooldown: must be at most 30 seconds/));
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as { presendCooldown: number }).presendCooldown).toBe(10);
    sw.click();
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.sync.get('settings')).settings as { presend: boolean }).presend).toBe(false));
  });
});
