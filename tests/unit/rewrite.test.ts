import { describe, expect, it } from 'vitest';
import { analyze, rewrite, rewrites, CALM_CATEGORIES, FIRM_CATEGORIES, wordDiff } from '../../rules';
import { facts, lostFacts } from '../../rules/fixes/facts';
import { PLACEHOLDER_NEXT_STEP } from '../../rules/rewrite';
import { agentReplies, hasTwitterCorpus } from '../corpus/corpora';

const calm = (f: { category: string }) => (CALM_CATEGORIES as readonly string[]).includes(f.category);
const firm = (f: { category: string }) => (FIRM_CATEGORIES as readonly string[]).includes(f.category);
const calmer = (text: string, incoming?: string) => rewrite(analyze(text, { incoming }), 'calmer');

describe('calmer rewrite', () => {
  it.each([
    ['You should have read the size chart.', 'The size chart lists the exact measurements.'],
    ["I'm sorry if you feel that way.", "I'm sorry for the frustration this has caused."],
    ['As I already said, the mug is blue.', 'The mug is blue.'],
    ['Per my last email, returns take 5 days.', 'Returns take 5 days.'],
    ['Please do NOT open the USPS box!!!', 'Please do not open the USPS box!'],
    ['The courier lost it, so a new one ships today.', 'The parcel was lost or damaged in transit, so a new one ships today.'],
    ["It's not our fault, the parcel is late.", 'I understand why this is frustrating. The parcel is late.'],
    ['The refund is on its way. Calm down.', 'The refund is on its way.'],
  ])('%s', (draft, expected) => {
    // With no next step in the draft, the rewrite closes with one for the writer to complete.
    expect(calmer(draft)).toBe(`${expected} Here is what happens next: ${PLACEHOLDER_NEXT_STEP}.`);
  });

  it('adds no next-step placeholder when the draft has one', () => {
    expect(calmer("Calm down, I've sent a replacement.")).toBe("I've sent a replacement.");
  });

  it('keeps every fact through a heated draft', () => {
    const draft =
      "I ALREADY TOLD YOU!!! Order #A-1234 (SKU AB-99) shipped via USPS on 12 June at 3:30pm, tracking 9400111899223, $45.99. It's not our fault the courier lost it. See https://shop.example.com/track?id=9 or email help@shop.example.com. Maria in our Leeds team packed your Blue Teapot.";
    const a = analyze(draft, { incoming: 'Where is it??? This is ridiculous.' });
    for (const text of [rewrite(a, 'calmer'), rewrite(a, 'firmer')]) {
      expect(lostFacts(draft, text)).toEqual([]);
      for (const fact of ['#A-1234', 'AB-99', 'USPS', '12 June', '3:30pm', '9400111899223', '$45.99', 'https://shop.example.com/track?id=9', 'help@shop.example.com', 'Maria', 'Leeds', 'Blue Teapot']) {
        expect(text).toContain(fact);
      }
    }
  });

  it('repairs the structure: acknowledgement for an angry customer, apology for a problem, a next-step placeholder', () => {
    const out = calmer('Calm down, it was posted.', 'My parcel NEVER arrived!!! This is ridiculous.');
    expect(out).toMatch(/^I can see how frustrating this has been\. I'm sorry for the trouble this has caused\./);
    expect(out).toContain(PLACEHOLDER_NEXT_STEP);
    expect(out).not.toMatch(/calm down/i);
  });

  it('never touches the greeting, signature or quoted customer text', () => {
    const greeting = 'Hi SARAH,\n';
    const signature = '\n\nKind regards,\nJOHN SMITH!!\nACME LTD';
    const quote = '\n\nOn Mon, 3 Jun 2024 at 10:02, Sarah <s@example.com> wrote:\n> WHERE IS MY ORDER??? You people are useless!!!';
    const draft = `${greeting}CALM DOWN!!! You should have read the listing.${signature}${quote}`;
    const a = analyze(draft);
    for (const text of [rewrite(a, 'calmer'), rewrite(a, 'firmer')]) {
      expect(text.startsWith(greeting)).toBe(true);
      expect(text.endsWith(signature + quote)).toBe(true);
      expect(text).not.toContain('CALM DOWN');
    }
  });
});

describe('firmer rewrite', () => {
  it('keeps one apology and drops the grovelling and hedges', () => {
    const draft = "I'm so sorry for the delay. Sorry again, please forgive me. I just wanted to maybe say it ships Friday, if that's alright.";
    const out = rewrite(analyze(draft), 'firmer');
    expect(out.match(/sorry|apolog|forgive/gi)).toHaveLength(1);
    expect(out).not.toMatch(/just wanted|maybe|if that's alright/i);
    expect(out).toContain('Friday');
  });

  it('replaces a pushover offer with a bounded one and cites the saved policy', () => {
    const a = analyze("We'll do whatever you want to fix the refund.", {
      incoming: 'I want a refund NOW or I will leave a 1-star review.',
      settings: { policies: { refunds: 'Refunds are issued within 5 days of the return arriving' } },
    });
    expect(rewrite(a, 'firmer')).not.toMatch(/whatever you want/i);
    expect(rewrite(a, 'firmer')).toContain('Our refund policy: Refunds are issued within 5 days of the return arriving.');
    expect(rewrite(a, 'firmer')).toContain('I can only offer what our policy allows.');
  });

  it('sets a calm boundary with an abusive customer', () => {
    const a = analyze('I have checked your order and it shipped today.', { incoming: "You're a useless idiot, fuck you." });
    expect(rewrite(a, 'firmer')).toMatch(/if the insults continue I will end this conversation/);
    expect(rewrite(a, 'calmer')).toBe('I have checked your order and it shipped today.');
  });

  it('is firm, never rude: free of calm-category findings too', () => {
    const draft = "SO SO SORRY!!! As I said, we'll do whatever you want. You should have checked the listing though.";
    const firmer = rewrite(analyze(draft), 'firmer');
    expect(analyze(firmer).findings.filter((f) => calm(f) || firm(f))).toEqual([]);
  });
});

describe('rewrite guarantees', () => {
  const heated = [
    'I ALREADY TOLD YOU the refund was sent!!! As I already said, you should have read the size chart.',
    "We're a small business, so it takes time. The courier lost it. Honestly, not my problem.",
    "Sorry if you were offended. That's ridiculous. Calm down and stop complaining.",
    "I'm so so sorry!! Sorry again. I think possibly it might arrive, if that's alright.",
  ];
  it.each(heated)('clean on re-analysis and adds no findings of its own: %s', (draft) => {
    const a = analyze(draft, { incoming: 'WHERE IS MY ORDER???' });
    expect(analyze(rewrite(a, 'calmer')).findings.filter(calm)).toEqual([]);
    expect(analyze(rewrite(a, 'firmer')).findings.filter((f) => calm(f) || firm(f))).toEqual([]);
    expect(lostFacts(draft, rewrite(a, 'calmer'))).toEqual([]);
    expect(lostFacts(draft, rewrite(a, 'firmer'))).toEqual([]);
  });

  it('is deterministic', () => {
    const d = heated[0];
    expect(rewrites(analyze(d))).toEqual(rewrites(analyze(d)));
  });

  it.runIf(hasTwitterCorpus)('leaves every clean real agent reply unchanged (no churn)', () => {
    let clean = 0;
    for (const reply of agentReplies()) {
      const a = analyze(reply, { incoming: 'My order never arrived and I am furious.' });
      if (a.findings.length) continue;
      clean++;
      expect(rewrite(a, 'calmer')).toBe(reply);
      expect(rewrite(a, 'firmer')).toBe(reply);
    }
    expect(clean).toBeGreaterThan(400);
  });

  it('finds the kinds of fact a rewrite must keep', () => {
    expect(facts('Order #A-1234 for $45.99 ships Monday 12/06 at 3pm to Maria: https://x.io/a, a@b.co')).toEqual(
      expect.arrayContaining(['a-1234', '$45.99', 'monday', '12/06', '3pm', 'maria', 'https://x.io/a', 'a@b.co']),
    );
  });
});

describe('word diff', () => {
  it('marks insertions and deletions word by word', () => {
    const parts = wordDiff('I ALREADY told you!!!', 'I already told you!');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['ALREADY', '!!']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['already']);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('I ALREADY told you!!!');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('I already told you!');
    expect(wordDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});

describe('rewrites of bad input', () => {
  it.each([
    ['all quoted', '> YOU PEOPLE ARE USELESS!!!\n> calm down'],
    ['all signature', 'Best regards,\nJOHN SMITH'],
    ['a single word', 'Whatever.'],
    ['another language', 'Hola, ¡¡¡gracias!!! El pedido llegará mañana.'],
    ['empty', ''],
  ])('%s: a sensible result, never an exception', (_name, draft) => {
    const a = analyze(draft);
    expect(lostFacts(draft, rewrite(a, 'calmer'))).toEqual([]);
    if (!a.findings.length) expect(rewrite(a, 'calmer')).toBe(draft);
  });

  it('a 1 MB draft rewrites without throwing or losing facts', () => {
    const draft = 'Order 1234 is late. Calm down!!! '.repeat(32_000);
    const a = analyze(draft);
    expect(rewrite(a, 'calmer').length).toBeGreaterThan(0);
    expect(lostFacts(draft.slice(0, 1000), rewrite(a, 'calmer'))).toEqual([]);
  });
});

describe('situations and advice', () => {
  it('marks the missing checks that matter for the situation', () => {
    const angry = analyze('It was posted.', { incoming: 'This is RIDICULOUS!!!' });
    expect(angry.checks.acknowledgement).toMatchObject({ present: false, important: true });
    expect(angry.advice[0]).toMatch(/acknowledge/);
    const problem = analyze('It was posted.', { incoming: 'My order arrived broken.' });
    expect(problem.checks.apology).toMatchObject({ present: false, important: true });
    expect(problem.advice.join(' ')).toMatch(/Own it/);
  });
});

describe('word diff for reading', () => {
  const rebuild = (parts: { kind: string; text: string }[], drop: string) => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');
  it('folds a rewritten sentence into one deletion and one insertion, and still rebuilds both texts', () => {
    const before = 'CALM DOWN!!! As I already said, you should have read the listing.';
    const after = "I can see how frustrating this has been. I'm sorry for the trouble this has caused. The listing shows the details.";
    const parts = wordDiff(before, after);
    expect(rebuild(parts, 'added')).toBe(before);
    expect(rebuild(parts, 'removed')).toBe(after);
    expect(parts.filter((p) => p.kind === 'removed').length).toBeLessThanOrEqual(2);
    expect(parts.find((p) => p.kind === 'same' && p.text.includes('listing'))).toBeDefined();
  });
  it('keeps small separate edits separate', () => {
    const parts = wordDiff('Thanks for waiting!!! The parcel left today and it is on its way.', 'Thanks for waiting! The parcel left today and it is on its way.');
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('The parcel left today');
  });
});
