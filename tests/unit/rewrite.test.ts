import { describe, expect, it } from 'vitest';
import { analyze, rewrite, rewriteResult, rewriteDiff, rewrites, proseProblems, FIXED, PLACEHOLDER_NEXT_STEP, wordDiff } from '../../rules';
import { facts, lostFacts } from '../../rules/fixes/facts';
import { customerProblem, factGuard, structure } from '../../rules/rewrite';
import { cut, roleOf, sentenceCase } from '../../rules/rewrite/sentence';
import { agentReplies, hasTwitterCorpus } from '../corpus/corpora';

const both = (draft: string, incoming?: string, settings?: NonNullable<Parameters<typeof analyze>[1]>['settings']) => {
  const a = analyze(draft, { incoming, settings });
  return { a, calmer: rewrite(a, 'calmer'), firmer: rewrite(a, 'firmer') };
};
const fixed = (f: { category: string }) => (FIXED as readonly string[]).includes(f.category);

describe('structure', () => {
  it('splits greeting, body sentences and sign-off, byte for byte', () => {
    const s = structure('Hi Sarah,\n\nIt shipped. Calm down!\n\nBest,\nTom\n\n> quoted');
    expect(s.head).toBe('Hi Sarah,\n\n');
    expect(s.body.map((b) => b.text)).toEqual(['It shipped.', 'Calm down!']);
    expect(s.tail).toBe('\n\nBest,\nTom\n\n> quoted');
  });
  it('keeps a greeting that shares its line with the first sentence', () => {
    const s = structure("Hi Bethany, we're swamped this month. It ships Friday.");
    expect(s.head).toBe('Hi Bethany, ');
    expect(s.body[0].text).toBe("we're swamped this month.");
    // A colon ends a greeting too: the acknowledgement goes after it, not before it.
    const c = structure('Hello Ines: the pool reopens on Monday.');
    expect(c.head).toBe('Hello Ines: ');
    expect(c.body[0].text).toBe('the pool reopens on Monday.');
    // So does a bare "Dear Guest" run into the first sentence.
    const d = structure('Dear Customer thank you for writing. The pool reopens on Monday.');
    expect(d.head).toBe('Dear Customer ');
    expect(structure('Dear Sir is how the letter began.').head).toBe('');
  });
  it('treats a name or "Thanks, Dave" on the last line as the signature', () => {
    expect(structure('It was posted on Monday.\nDave').tail).toBe('\nDave');
    expect(structure('It was posted on Monday.\nThanks, Dave').tail).toBe('\nThanks, Dave');
    expect(structure('It was posted on Monday. Thanks, Dave').tail).toBe(' Thanks, Dave');
  });
});

describe('sentence roles and restatement', () => {
  it.each([
    ['Calm down.', [], 'attack'],
    ["It's not our fault, every lamp is tested.", [], 'defensive'],
    ['Read the listing.', [], 'blame'],
    ["We're a small business and we do our best.", [], 'excuse'],
    ['Nice try.', [], 'sarcasm'],
    ["I've had loads of buyers try this exact trick!", [], 'defensive'],
    ["I'm sorry for the delay.", [], 'apology'],
    ["I've sent a replacement.", [], 'offer'],
    ['Is the size right?', [], 'question'],
    ['Returns are accepted within 30 days.', [], 'policy'],
    ['The mug is sage green.', [], 'fact'],
  ] as const)('%s -> %s', (text, fs, role) => {
    expect(roleOf(text, fs)).toBe(role);
  });
  it('turns capitals to sentence case and keeps acronyms and codes', () => {
    expect(sentenceCase('NO REFUNDS ON SALE ITEMS via USPS, order AB-99')).toBe('no refunds on sale items via USPS, order AB-99');
    expect(sentenceCase('Please do NOT open the USPS box')).toBe('Please do not open the USPS box');
  });
});

describe('the customer problem, read from their message', () => {
  it.each([
    ['My vase arrived broken. The box was crushed.', 'your vase arrived broken'],
    ['I was charged twice for order 5512!', 'you were charged twice'],
    ["My parcel still hasn't arrived and it's been two weeks!", "your parcel still hasn't arrived"],
    ["I can't log in to my account since the update.", "you can't log in"],
    ['MY ORDER NEVER ARRIVED', 'your order never arrived'],
    ['Hello, how are you?', undefined],
    ['My useless idiot courier never came', undefined],
  ])('%s', (incoming, problem) => {
    expect(customerProblem(incoming)).toBe(problem);
  });
});

describe('calmer', () => {
  it.each([
    ['You should have read the size chart.', 'I can see how frustrating this has been. The size chart lists the exact measurements.'],
    ['As I already said, the mug is blue.', 'I can see how frustrating this has been. The mug is blue.'],
    ['Per my last email, returns take 5 days.', 'I can see how frustrating this has been. Returns take 5 days.'],
    ['Please do NOT open the USPS box!!!', 'I can see how frustrating this has been. Please do not open the USPS box.'],
    ['The courier lost it, so a new one ships today.', 'I can see how frustrating this has been. A new one ships today.'],
    ["It's not our fault, the parcel is late.", 'I can see how frustrating this has been. The parcel is late.'],
    ['The refund is on its way. Calm down.', 'I can see how frustrating this has been. The refund is on its way.'],
    ['NOT MY PROBLEM. READ THE LISTING. NO REFUNDS ON SALE ITEMS!!!', 'I can see how frustrating this has been. The listing says no refunds on sale items.'],
  ])('%s', (draft, expected) => {
    expect(both(draft).calmer).toBe(expected);
  });

  it('an aside dropped after a joiner leaves no comma behind it', () => {
    for (const mode of ['calmer', 'firmer'] as const) {
      expect(both('I rebooked the table but, sorry if you felt rushed, the kitchen shuts at ten.')[mode]).toMatch(/ rebooked the table but the kitchen shuts at ten\.$/);
      expect(both('Your key works now and, my apologies if the code confused you, the gate opens at six.')[mode]).toMatch(/ key works now and the gate opens at six\.$/);
    }
    // Without a joiner the comma is the join: "Thanks, here is…".
    expect(both('Thanks, sorry if the wait felt long, the code is 4417.').calmer).toMatch(/ Thanks, the code is 4417\.$/);
    const text = 'We posted it and, honestly, it left Friday.';
    expect(cut(text, [{ start: text.indexOf('honestly'), end: text.indexOf('honestly') + 8 }]).replace(/ {2,}/g, ' ')).toBe('We posted it and it left Friday.');
  });

  it('names the customer problem and apologises when the business is at fault', () => {
    expect(both('Calm down, the mug was packed in bubble wrap.', 'My vase arrived broken!!!').calmer).toBe(
      "I can see how frustrating it is that your vase arrived broken, and I'm sorry. The mug was packed in bubble wrap. Here is what happens next: [what you will do, and when].",
    );
    expect(both('Per my last email, the second charge is a hold.', 'I was charged twice!').calmer).toMatch(/^I can see how frustrating it is that you were charged twice, and I'm sorry\./);
  });

  it("keeps the writer's own next step, else their policy, else a placeholder", () => {
    expect(both("Calm down, I've sent a replacement.", 'My mug arrived broken.').calmer).not.toContain(PLACEHOLDER_NEXT_STEP);
    const policy = both('Calm down, it was posted.', 'My parcel is late.', { policies: { shipping: 'Parcels arrive within 5 working days' } }).calmer;
    expect(policy).toContain('Under our shipping policy, parcels arrive within 5 working days.');
    expect(policy).not.toContain(PLACEHOLDER_NEXT_STEP);
    expect(both('Calm down, it was posted.', 'My parcel is late.').calmer).toContain(PLACEHOLDER_NEXT_STEP);
    // No placeholder where nothing is missing: no problem, no question, a body with content.
    expect(both('As I already said, the mug is blue.').calmer).not.toContain('[');
  });

  it('puts the acknowledgement after a greeting that shares its line, drops the excuse, and keeps the sign-off last', () => {
    const { calmer, firmer } = both("Hi Bethany, we're swamped with orders this month. It ships Friday.\nDave", 'My parcel is late!');
    expect(calmer).toBe("Hi Bethany, I can see how frustrating it is that your parcel is late, and I'm sorry. It ships Friday.\nDave");
    expect(firmer).toBe("Hi Bethany, I understand the frustration, and I'm sorry that your parcel is late. It ships Friday.\nDave");
  });

  it('is never empty: "Grow up." becomes a short polite sentence', () => {
    const { calmer, firmer } = both('Grow up.');
    expect(calmer).toBe('I can see how frustrating this has been. Let me know how I can help.');
    expect(firmer.length).toBeGreaterThan(10);
  });

  it('asks plainly what mock politeness asked, and keeps the address it gave', () => {
    const { calmer } = both('Hi Priya, I am not sure I follow. Could you do me the courtesy of writing to me (desk@inn.example) with the booking date? Thanks, Omar');
    expect(calmer).toContain('Could you write to me (desk@inn.example) with the booking date?');
    expect(calmer).not.toMatch(/courtesy/);
  });

  it('reads a sentence again when the rewrite makes it start a line ("Priya, maybe you could…")', () => {
    const { calmer } = both('Priya, maybe you could be a bit more precise? As I already said, the spa closes at six.\nOmar');
    expect(calmer).toMatch(/Could you be a bit more precise\?/);
    expect(calmer).not.toMatch(/maybe you could/i);
  });

  it('mends "However, … not our fault" without a ".:" seam', () => {
    const { calmer } = both('However, the parcel was lost, it is not our fault.', 'Where is my parcel?');
    expect(calmer).toBe('I can see how frustrating this has been. The parcel was lost.');
  });
});

describe('firmer', () => {
  it('keeps one apology and drops the grovelling and hedges', () => {
    const out = both("I'm so sorry for the delay. Sorry again, please forgive me. I just wanted to maybe say it ships Friday, if that's alright.").firmer;
    expect(out.match(/sorry|apolog|forgive/gi)).toHaveLength(1);
    expect(out).not.toMatch(/just wanted|maybe|if that's alright/i);
    expect(out).toContain('It ships Friday.');
  });

  it('drops a pushover offer, states the saved policy plainly and does not bend to a threat', () => {
    const { firmer } = both("We'll do whatever you want to fix the refund.", 'I want a refund NOW or I will leave a 1-star review.', {
      policies: { refunds: 'Refunds are issued within 5 days of the return arriving' },
    });
    expect(firmer).not.toMatch(/whatever you want/i);
    expect(firmer).toContain('As our refund policy says, refunds are issued within 5 days of the return arriving.');
    expect(firmer).toContain('A review or a dispute does not change that.');
  });

  it('sets a calm boundary with an abusive customer; calmer does not', () => {
    const { calmer, firmer } = both('I have checked your order and it shipped today. Stop being so rude.', "You're a useless idiot, fuck you.");
    expect(firmer).toMatch(/if the insults continue I will end this conversation\.$/);
    expect(calmer).not.toMatch(/insults/);
    expect(calmer).toContain('I have checked your order and it shipped today.');
  });

  it('differs from calmer whenever there is something to change', () => {
    for (const d of ['Grow up.', 'As I already said, the mug is blue.', "I just wanted to maybe say it ships Friday, if that's okay."]) {
      const { calmer, firmer } = both(d);
      expect(calmer).not.toBe(firmer);
    }
  });
});

describe('guarantees', () => {
  const heated: [string, string][] = [
    ['I ALREADY TOLD YOU the refund was sent!!! As I already said, you should have read the size chart.', 'WHERE IS MY REFUND???'],
    ["We're a small business, so it takes time. The courier lost it. Honestly, not my problem.", 'My parcel never arrived.'],
    ["Sorry if you were offended. That's ridiculous. Calm down and stop complaining.", 'You are useless!!'],
    ["I'm so so sorry!! Sorry again. I think possibly it might arrive, if that's alright.", 'Where is my order?'],
    ["Hi Bethany,\n\nWe're swamped with orders this month!! It ships on 12 June.\n\nThanks,\nDave", 'My order is late.'],
  ];
  it.each(heated)('clean on re-analysis, reads well, keeps facts and is idempotent: %s', (draft, incoming) => {
    const a = analyze(draft, { incoming });
    for (const mode of ['calmer', 'firmer'] as const) {
      const r = rewriteResult(a, mode);
      expect(r.offered).toBe(true);
      const again = analyze(r.text, { incoming });
      expect(again.findings.filter(fixed)).toEqual([]);
      expect(proseProblems(draft, r.text)).toEqual([]);
      expect(lostFacts(draft, r.text)).toEqual([]);
      expect(rewrite(again, mode)).toBe(r.text);
    }
  });

  it('keeps greeting, sign-off, signature and quoted text byte for byte, and adds nothing outside the body', () => {
    const greeting = 'Hi SARAH,\n';
    const signature = '\n\nKind regards,\nJOHN SMITH!!\nACME LTD';
    const quote = '\n\nOn Mon, 3 Jun 2024 at 10:02, Sarah <s@example.com> wrote:\n> WHERE IS MY ORDER??? You people are useless!!!';
    const draft = `${greeting}CALM DOWN!!! You should have read the listing.${signature}${quote}`;
    const a = analyze(draft, { incoming: "You're an idiot and my parcel is late." });
    for (const text of [rewrite(a, 'calmer'), rewrite(a, 'firmer')]) {
      expect(text.startsWith(greeting)).toBe(true);
      expect(text.endsWith(signature + quote)).toBe(true);
      expect(text).not.toContain('CALM DOWN');
    }
  });

  it('does not count an ordinary word capitalised after a colon as a name', () => {
    expect(facts('Hi Jo: The lamp is very easy to fit.')).toEqual(['jo']);
    expect(facts('Packed by: Maria in Leeds.')).toEqual(expect.arrayContaining(['maria', 'leeds']));
  });

  it('counts a month as a fact by its capital, not the modal "may" or the verb "march"', () => {
    expect(facts('The parcel may arrive on Friday; it left in May.')).toEqual(expect.arrayContaining(['friday', 'may']));
    expect(facts('The parcel may arrive soon, so you can march on.')).toEqual([]);
    expect(facts('May I ask for the order number?')).toEqual([]);
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

  it('keeps template tags and the customer name in the greeting', () => {
    const draft = 'Hi {{first_name}},\n\nAs I said, order {{order_id}} shipped on Monday!!\n\nThanks,\n{{agent_name}}';
    expect(facts(draft)).toEqual(expect.arrayContaining(['{{first_name}}', '{{order_id}}', '{{agent_name}}']));
    for (const text of Object.values(rewrites(analyze(draft)))) {
      expect(text).toMatch(/^Hi \{\{first_name\}\},\n\n/);
      expect(text).toContain('{{order_id}}');
      expect(text).toMatch(/\n\nThanks,\n\{\{agent_name\}\}$/);
    }
  });

  it('refuses a rewrite that would lose or invent a fact, and says why', () => {
    expect(factGuard('Order #A-1234 ships Monday.', 'It ships Monday.', 'calmer')).toMatch(/would drop “[^”]*1234”/);
    expect(factGuard('It ships Monday.', 'It ships Monday. Refund of $20 sent.', 'firmer')).toMatch(/would add “\$20”/);
    expect(factGuard('It ships Monday.', 'It ships Monday. Refunds take 5 days.', 'firmer', ['Refunds take 5 days'])).toBeUndefined();
    const long = analyze('Order 1234 is late. Calm down!!! '.repeat(4000));
    const r = rewriteResult(long, 'calmer');
    expect(r).toMatchObject({ offered: false, text: 'Order 1234 is late. Calm down!!! '.repeat(4000) });
    expect(r.reason).toMatch(/longer than the coach reads/);
  });

  it('is deterministic', () => {
    const d = heated[0][0];
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
});

describe('placeholders are unfinished work', () => {
  it('a rewrite that leaves a placeholder re-analyses with an unfinished finding that says what to fill in', () => {
    const { calmer } = both('Calm down, it was posted.', 'My parcel never arrived.');
    expect(calmer).toContain(PLACEHOLDER_NEXT_STEP);
    const again = analyze(calmer, { incoming: 'My parcel never arrived.' });
    const unfinished = again.findings.filter((f) => f.category === 'unfinished');
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0].text).toBe(PLACEHOLDER_NEXT_STEP);
    expect(unfinished[0].message).toBe('Fill in: what you will do, and when.');
    // The rewrite of a reply with only a placeholder left changes nothing: filling it in is the writer's job.
    expect(rewrite(again, 'calmer')).toBe(calmer);
  });

  it('cannot be switched off or hidden by sensitivity: a reply holding a placeholder is never clean', () => {
    const draft = `It was posted. Here is what happens next: ${PLACEHOLDER_NEXT_STEP}.`;
    const a = analyze(draft, { settings: { categories: { unfinished: false } as never, sensitivity: 'gentle' } });
    expect(a.findings.map((f) => f.category)).toEqual(['unfinished']);
  });
});

describe('the prose check', () => {
  const draft = 'Hi Sam,\n\nIt shipped.\n\nBest,\nJo';
  it.each([
    ['Hi Sam,\n\nIt shipped. However, I understand.: the parcel.\n\nBest,\nJo', /punctuation run/],
    ['Hi Sam,\n\nIt shipped. The the parcel is late.\n\nBest,\nJo', /doubled word "the"/],
    ['Hi Sam,\n\nIt shipped. something we can do.\n\nBest,\nJo', /no capital/],
    ['Hi Sam,\n\nIt shipped. Here is what happens next\n\nBest,\nJo', /no terminal punctuation/],
    ['Hi Sam,\n\nIt shipped. I is sorry.\n\nBest,\nJo', /disagree/],
    ['Hi Sam,\n\nIt shipped.\n\nBest,\nJo I can only offer what our policy allows.', /after the sign-off/],
    ['I understand. Hi Sam,\n\nIt shipped.\n\nBest,\nJo', /before the greeting/],
    ['', /empty/],
  ])('flags %j', (after, problem) => {
    expect(proseProblems(draft, after).join('\n')).toMatch(problem);
  });
  it('judges only what the rewrite introduced', () => {
    expect(proseProblems('it shipped , ok', 'it shipped , ok')).toEqual([]);
    expect(proseProblems(draft, 'Hi Sam,\n\nI can see how frustrating this has been. It shipped.\n\nBest,\nJo')).toEqual([]);
  });
});

describe('each change explained', () => {
  it('every changed part of the diff carries the finding or the missing part that caused it', () => {
    const a = analyze('Calm down, it shipped on 3 June. As I already said, the mug is blue.', { incoming: 'This is ridiculous!!' });
    const parts = rewriteDiff(a, 'calmer');
    const changed = parts.filter((p) => p.kind !== 'same');
    expect(changed.length).toBeGreaterThan(0);
    for (const p of changed) expect(p.why, JSON.stringify(p)).toBeTruthy();
    expect(changed.some((p) => p.why?.includes('“Calm down”'))).toBe(true);
    expect(changed.some((p) => p.why?.startsWith('Added: the customer is upset'))).toBe(true);
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
    const calmer = rewrite(a, 'calmer');
    expect(lostFacts(draft, calmer)).toEqual([]);
    if (!a.findings.length) expect(calmer).toBe(draft);
    else expect(calmer.trim()).not.toBe('');
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
