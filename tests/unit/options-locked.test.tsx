// @vitest-environment jsdom
/** Team deploy in the options page: what the admin pushed through storage.managed shows as locked. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Under jsdom the wxt/browser module drags in WXT's Node build (and esbuild); the fake is all the page needs.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

describe('options page with managed settings', () => {
  it('disables and marks locked categories, admin phrases and admin policies', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Reply Coach', version: '0', permissions: ['storage'] });
    await fakeBrowser.storage.managed.set({
      lockedCategories: ['hostile'],
      policies: { returns: 'Returns within 60 days, unused.' },
      customPhrases: [{ phrase: 'per our policy', message: 'Explain the policy instead.' }],
    });
    await fakeBrowser.storage.local.set({ lists: { version: 1, customPhrases: [{ phrase: 'no worries', message: 'Say happy to help.' }] } });
    const { render } = await import('preact');
    const { App } = await import('../../entrypoints/options/App');
    document.body.innerHTML = '<div id="app"></div>'; // test fixture only
    render(<App />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.querySelector('main.options:not([aria-busy])')).not.toBeNull());
    await vi.waitFor(() => expect(document.querySelectorAll('.locked').length).toBe(3));

    const categories = [...document.querySelectorAll<HTMLInputElement>('section[aria-labelledby="categories"] input[type=checkbox]')];
    const locked = categories.filter((c) => c.disabled);
    expect(locked).toHaveLength(1);
    expect(locked[0].checked).toBe(true);
    expect(locked[0].closest('label')!.querySelector('.locked')).not.toBeNull();

    // The admin's phrase is listed first and cannot be removed; the user's own can.
    const rows = [...document.querySelectorAll('section[aria-labelledby="phrases"] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(['per our policy', 'no worries']);
    expect(rows[0].querySelector('button')).toBeNull();
    expect(rows[0].querySelector('.locked')).not.toBeNull();
    expect(rows[1].querySelector('button')).not.toBeNull();

    // The admin's return policy is shown read-only; the others stay editable.
    const policies = [...document.querySelectorAll<HTMLTextAreaElement>('section[aria-labelledby="policies"] textarea')];
    expect(policies.map((p) => p.readOnly)).toEqual([true, false, false]);
    expect(policies[0].value).toBe('Returns within 60 days, unused.');
  });
});
