// @vitest-environment jsdom
/** The card and popup view: placeholders are unfinished work, refused rewrites say why, each change says what caused it. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze, rewriteDiff, rewriteResult } from '../../rules';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

async function mount(draft: string, incoming: string, notOffered?: { calmer?: string; firmer?: string }) {
  const { render } = await import('preact');
  const { AnalysisView } = await import('../../components/AnalysisView');
  const a = analyze(draft, { incoming });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(
    <AnalysisView analysis={a} diffs={{ calmer: rewriteDiff(a, 'calmer'), firmer: rewriteDiff(a, 'firmer'), notOffered }} onApply={() => {}} onCopy={() => {}} />,
    root,
  );
  return { root, a };
}

describe('AnalysisView', () => {
  it('says "Fill in: …" while a placeholder remains, and never "clean"', async () => {
    const { root, a } = await mount("I've checked your order. Here is what happens next: [what you will do, and when].", 'My parcel never arrived.');
    expect(a.findings.map((f) => f.category)).toEqual(['unfinished']);
    expect(root.querySelector('.fill-in')?.textContent).toBe('Fill in: what you will do, and when.');
    expect(root.textContent).not.toContain('Nothing reads badly');
  });

  it('shows on hover and focus which finding caused each change', async () => {
    const { root } = await mount('Calm down, it shipped on 3 June.', 'This is ridiculous!!');
    const changes = [...root.querySelectorAll('.rewrite ins, .rewrite del')];
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      expect(c.getAttribute('title')).toBeTruthy();
      expect(c.getAttribute('tabindex')).toBe('0');
    }
    expect(changes.some((c) => c.getAttribute('data-why')?.includes('“Calm down”'))).toBe(true);
  });

  it('says why a rewrite is not offered and does not let it be applied', async () => {
    const a = analyze('Calm down, it shipped.');
    expect(rewriteResult(a, 'calmer').offered).toBe(true);
    const { root } = await mount('Calm down, it shipped.', '', { firmer: 'The firmer rewrite would drop “1234”, so it is not offered.' });
    expect(root.querySelector('.not-offered')?.textContent).toContain('would drop “1234”');
    // Each rewrite's Apply sits beside its Copy: take the Apply of each pair.
    const [applyCalmer, applyFirmer] = [...root.querySelectorAll<HTMLElement>('.actions .pair')].map((pair) => pair.querySelector<HTMLButtonElement>('button')!);
    expect(applyCalmer.disabled).toBe(false);
    expect(applyFirmer.disabled).toBe(true);
  });
});
