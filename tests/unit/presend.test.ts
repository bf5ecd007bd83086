// @vitest-environment jsdom
/** The pause's decisions and its event guard, on plain DOM: which drafts are heated, and what a page's handlers see. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { guardSends, heatedReasons, placeholdersIn, sendControlFor } = await import('../../entrypoints/coach/presend');
type Decision = import('../../entrypoints/coach/presend').Decision;
const { analyze } = await import('../../rules');
const { PLACEHOLDER_NEXT_STEP } = await import('../../rules/rewrite');
const { SITES } = await import('../../sites');

const HEATED = 'CALM DOWN!!! As I already said, you should have read the listing.';
const CALM = 'Thank you for telling me. I have sent a replacement today, and it will reach you by Friday.';
const finding = (category: string, severity: 'low' | 'medium' | 'high', start = 0) => ({ category, severity, start, end: start + 1, text: 'x', rule: 'r', message: 'm' }) as never;

describe('which drafts are heated', () => {
  it('finds the rewrite placeholders and no other bracketed text', () => {
    expect(placeholdersIn(`Sorry. ${PLACEHOLDER_NEXT_STEP}. Also [the option your policy allows].`).map((p) => p.text)).toEqual([PLACEHOLDER_NEXT_STEP, '[the option your policy allows]']);
    expect(placeholdersIn('See [1], order [Order 1234], and [sic] or [x].')).toEqual([]);
  });

  it('pauses a heated draft, most serious first, and never a calm one', () => {
    const reasons = heatedReasons(analyze(HEATED), HEATED, 0.6);
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons[0].severity).toBe('high');
    expect(heatedReasons(analyze(CALM), CALM, 0.6)).toEqual([]);
    expect(heatedReasons(analyze(CALM), CALM, 0.1)).toEqual([]);
  });

  it('pauses on heat at or over the threshold, on any high-severity finding, on an unfinished finding, and on a placeholder', () => {
    const medium = { findings: [finding('exclamation', 'medium')] }; // heat 0.37
    expect(heatedReasons(medium, 'x', 0.6)).toEqual([]);
    expect(heatedReasons(medium, 'x', 0.3)).toHaveLength(1);
    expect(heatedReasons({ findings: [finding('hedging', 'high')] }, 'x', 1)).toHaveLength(1);
    // The engine's own "unfinished" finding and the placeholder it covers are one reason, not two.
    const unfinished = { ...(finding('unfinished', 'low', 3) as object), end: 21 } as never;
    expect(heatedReasons({ findings: [unfinished] }, 'ab [what you will do]', 1)).toHaveLength(1);
    const text = `${CALM} ${PLACEHOLDER_NEXT_STEP}`;
    const r = heatedReasons(analyze(text), text, 1);
    expect(r.map((x) => x.text)).toEqual([PLACEHOLDER_NEXT_STEP]);
  });
});

/** A page with a reply box and its own send handlers, and the guard installed with a decision the test gives. */
function setup(markup: string, siteId = 'ebay', heated = true) {
  document.body.innerHTML = markup; // test fixture only
  const box = document.getElementById('box')!;
  const site = SITES.find((s) => s.id === siteId);
  let answer!: (d: Decision) => void;
  const calls = { asked: 0, sent: 0, decided: [] as Decision[], sentWith: [] as string[] };
  const listeners: [string, (e: Event) => void][] = [];
  guardSends(
    window,
    {
      site,
      boxes: () => [box],
      reasons: () => (heated ? [{ text: 'CALM DOWN', message: 'Shouting', severity: 'high', start: 0 }] : []),
      ask: () => {
        calls.asked++;
        return new Promise((r) => (answer = r));
      },
      decided: (_b, d) => calls.decided.push(d),
      sent: () => {
        calls.sent++;
        calls.sentWith.push((box as HTMLTextAreaElement).value ?? box.textContent);
      },
    },
    (target, type, fn, options) => {
      target.addEventListener(type, fn, options);
      listeners.push([type, fn]);
    },
  );
  const pageSaw: string[] = [];
  const decide = async (d: Decision) => {
    answer(d);
    await new Promise((r) => setTimeout(r, 0));
  };
  const cleanup = () => listeners.forEach(([t, fn]) => window.removeEventListener(t, fn, { capture: true }));
  return { box, calls, pageSaw, decide, cleanup };
}

const press = (el: Element) => {
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: 5 }));
};

describe('the send guard', () => {
  let done: (() => void) | undefined;
  beforeEach(() => done?.());

  const EBAY = '<textarea id="box" data-testid="message-input"></textarea><button id="other">Attach</button><button id="send" data-testid="send-button">Send</button>';

  it('holds a heated click before the page sees it, and replays it exactly once on "Send anyway"', async () => {
    const t = setup(EBAY);
    done = t.cleanup;
    const send = document.getElementById('send')!;
    for (const type of ['mousedown', 'mouseup', 'click']) send.addEventListener(type, (e) => t.pageSaw.push(`${type}:${(e as MouseEvent).clientX}`));
    // The page empties the box as it sends: the draft is counted before that.
    send.addEventListener('click', () => ((t.box as HTMLTextAreaElement).value = ''));
    (t.box as HTMLTextAreaElement).value = 'CALM DOWN';
    press(send);
    expect(t.pageSaw).toEqual([]);
    expect(t.calls.asked).toBe(1);
    press(send); // pressed again while the pause is up: nothing goes out, no second pause
    expect(t.calls.asked).toBe(1);
    await t.decide('send');
    expect(t.pageSaw).toEqual(['mousedown:5', 'mouseup:5', 'click:5']);
    expect(t.calls).toMatchObject({ sent: 1, decided: ['send'], sentWith: ['CALM DOWN'] });
  });

  it('sends nothing after "Review", and lets other buttons and calm drafts through untouched', async () => {
    const t = setup(EBAY);
    done = t.cleanup;
    const send = document.getElementById('send')!;
    send.addEventListener('click', () => t.pageSaw.push('send'));
    document.getElementById('other')!.addEventListener('click', () => t.pageSaw.push('other'));
    press(send);
    await t.decide('review');
    expect(t.pageSaw).toEqual([]);
    expect(t.calls.decided).toEqual(['review']);
    press(document.getElementById('other')!);
    expect(t.pageSaw).toEqual(['other']);
    t.cleanup();
    const calm = setup(EBAY, 'ebay', false);
    done = calm.cleanup;
    document.getElementById('send')!.addEventListener('click', () => calm.pageSaw.push('send'));
    press(document.getElementById('send')!);
    expect(calm.pageSaw).toEqual(['send']);
    expect(calm.calls).toMatchObject({ asked: 0, sent: 1 });
  });

  it("holds the box's form submit and replays it through requestSubmit", async () => {
    const t = setup('<form id="f"><textarea id="box"></textarea><button id="go" type="submit">Go</button></form>', 'none');
    done = t.cleanup;
    const form = document.getElementById('f') as HTMLFormElement;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      t.pageSaw.push(`submit:${(e as SubmitEvent).submitter?.id}`);
    });
    form.requestSubmit(document.getElementById('go') as HTMLButtonElement);
    expect(t.pageSaw).toEqual([]);
    await t.decide('send');
    expect(t.pageSaw).toEqual(['submit:go']);
  });

  it('holds Ctrl+Enter in the box only where the site sends on it, and replays the same keys', async () => {
    const key = () => new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    const gmail = setup('<div id="box" g_editable="true" contenteditable="true"></div>', 'gmail');
    done = gmail.cleanup;
    gmail.box.addEventListener('keydown', (e) => gmail.pageSaw.push(`${e.key}:${e.ctrlKey}`));
    gmail.box.dispatchEvent(key());
    expect(gmail.pageSaw).toEqual([]);
    await gmail.decide('send');
    expect(gmail.pageSaw).toEqual(['Enter:true']);
    gmail.cleanup();
    const ebay = setup(EBAY, 'ebay');
    done = ebay.cleanup;
    ebay.box.addEventListener('keydown', () => ebay.pageSaw.push('key'));
    ebay.box.dispatchEvent(key());
    expect(ebay.pageSaw).toEqual(['key']);
    expect(ebay.calls.asked).toBe(0);
  });

  it("finds each compose window's own send button", () => {
    document.body.innerHTML = `
      <table id="c1"><tr><td><div id="b1" g_editable="true" contenteditable="true"></div><div id="s1" role="button" data-tooltip-delay="800" data-tooltip="Send (Ctrl-Enter)">Send</div></td></tr></table>
      <table id="c2"><tr><td><div id="b2" g_editable="true" contenteditable="true"></div><div id="s2" role="button" data-tooltip-delay="800" data-tooltip="Send (Ctrl-Enter)">Send</div></td></tr></table>`;
    const gmail = SITES.find((s) => s.id === 'gmail')!;
    expect(sendControlFor(gmail, document.getElementById('b2')!)?.id).toBe('s2');
    expect(sendControlFor(gmail, document.getElementById('b1')!)?.id).toBe('s1');
    expect(sendControlFor(undefined, document.getElementById('b1')!)).toBeNull();
  });
});

describe('insights from the pause', () => {
  it('reports one tally per sent draft (not per keystroke, not twice for a click and its submit), with calmed drafts marked', async () => {
    const { startPresend } = await import('../../entrypoints/coach/presend');
    document.body.innerHTML = '<form id="f"><textarea id="box" data-testid="message-input"></textarea><button id="send" type="submit" data-testid="send-button">Send</button></form>'; // test fixture only
    const box = document.getElementById('box') as HTMLTextAreaElement;
    const form = document.getElementById('f') as HTMLFormElement;
    form.addEventListener('submit', (e) => e.preventDefault());
    const reports: unknown[] = [];
    const removers: (() => void)[] = [];
    const ctx = {
      addEventListener: (t: EventTarget, type: string, fn: EventListener, o: AddEventListenerOptions) => {
        t.addEventListener(type, fn, o);
        removers.push(() => t.removeEventListener(type, fn, o));
      },
    };
    const incoming = 'My parcel never arrived and I want a refund. This is ridiculous!!!';
    const presend = startPresend(ctx as never, {
      site: SITES.find((s) => s.id === 'ebay'),
      boxes: () => [box],
      draft: () => ({ analysis: analyze(box.value), text: box.value, incoming }),
      settings: () => ({ presend: true, presendHeat: 0.6, presendCooldown: 0 }),
      layer: async () => document.body,
      review: () => {},
      applyCalmer: () => {},
      report: (u) => reports.push(u),
    });
    // Typed heated, keystroke by keystroke, then edited until calm.
    for (let i = 1; i <= HEATED.length; i += 7) presend.analysed(box, analyze(HEATED.slice(0, i)), HEATED.slice(0, i));
    presend.analysed(box, analyze(HEATED), HEATED);
    box.value = CALM;
    presend.analysed(box, analyze(CALM), CALM);
    expect(reports).toEqual([]);
    document.getElementById('send')!.click(); // a click, then the form's submit: one draft
    expect(reports).toHaveLength(1);
    const first = reports[0] as { draft: { situations: string[]; categories: string[]; topics: string[]; heated: boolean; calmed: boolean } };
    expect(first.draft).toMatchObject({ heated: true, calmed: true, topics: ['delivery', 'refund'] });
    expect(first.draft.situations).toContain('angry');
    expect(first.draft.categories).toContain('caps');
    expect(JSON.stringify(reports)).not.toMatch(/parcel|ridiculous|Thank you|CALM DOWN/);
    // The next draft is a new record.
    box.value = 'Thanks again, the replacement is on its way.';
    presend.analysed(box, analyze(box.value), box.value);
    document.getElementById('send')!.click();
    expect(reports).toHaveLength(2);
    expect((reports[1] as { draft: { heated: boolean; calmed: boolean } }).draft).toMatchObject({ heated: false, calmed: false });
    removers.forEach((r) => r());
  });
});
