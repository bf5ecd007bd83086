import { describe, expect, it } from 'vitest';
import { analyze, rewrite, clearCache, CATEGORIES, setRuleErrorHandler, engineStats } from '../../rules';

setRuleErrorHandler((rule, error) => {
  throw new Error(`rule ${rule} threw: ${String(error)}`);
});

const rules = (text: string, incoming?: string) => analyze(text, { incoming }).findings.map((f) => f.rule);

describe('analyze: precision in context', () => {
  it.each([
    'Your parcel just arrived at the depot.',
    "I'd like to explain clearly what happens next.",
    'Thanks for your patience!',
    'USPS has it, SKU AB-1234 is in the PDF.',
    "I'm sorry for the delay.",
  ])('leaves a good reply clean: %s', (text) => {
    expect(analyze(text, { settings: { sensitivity: 'strict' } }).findings).toEqual([]);
  });

  it('does not judge quoted customer text or the signature', () => {
    const text = 'I understand, and I have sent a replacement.\n\nBest,\nJO\n\nOn Tue, 4 Jun 2024, Customer <c@example.com> wrote:\n> THIS IS RIDICULOUS!!! You people are useless.';
    expect(analyze(text).findings).toEqual([]);
    const quoted = 'You said:\n> CALM DOWN??? as I already said\nThe refund is on its way.';
    expect(analyze(quoted).findings).toEqual([]);
  });

  it('does not judge quoted speech inside a sentence', () => {
    expect(rules('The listing says "NO RETURNS!!!" but we accept them anyway.')).toEqual([]);
  });

  it('gives non-English drafts no findings', () => {
    const a = analyze('Hola, ¡¡¡gracias!!! El pedido llegará mañana, NO SE PREOCUPE.');
    expect(a.findings).toEqual([]);
    expect(a.skipped).toBe('not-english');
  });

  it('reports every category for a heated draft with exact offsets', () => {
    const text =
      "I ALREADY TOLD YOU!!! As I already said, you should have read the size chart. It's not our fault, the courier lost it. Calm down. Sorry if you feel that way. So so sorry. I think possibly we can help.";
    const a = analyze(text);
    expect(new Set(a.findings.map((f) => f.category))).toEqual(
      new Set(['caps', 'exclamation', 'sarcasm', 'blame', 'defensive', 'excuse', 'hostile', 'non-apology', 'over-apology', 'hedging']),
    );
    for (const f of a.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(CATEGORIES).toContain(f.category);
      expect(f.message).toMatch(/\.$/);
    }
  });
});

describe('analyze: checks', () => {
  it('finds a genuine apology, an acknowledgement and a next step', () => {
    const text = "I'm sorry for the delay. I can see how frustrating that is. I've sent a replacement and will update you by Friday.";
    const { checks } = analyze(text);
    expect(checks.apology).toMatchObject({ present: true });
    expect(text.slice(checks.apology.start, checks.apology.end)).toBe("I'm sorry");
    expect(checks.acknowledgement.present).toBe(true);
    expect(checks.nextStep.present).toBe(true);
  });

  it('does not count a non-apology as an apology', () => {
    const { checks } = analyze("I'm sorry if you feel that way.");
    expect(checks.apology.present).toBe(false);
  });

  it.each([
    ['Please reply with your order number.', true],
    ["I'll update you by Friday.", true],
    ['The item is blue.', false],
  ])('next step in %s: %s', (text, present) => {
    expect(analyze(text).checks.nextStep.present).toBe(present);
  });
});

describe('analyze: situations and advice', () => {
  it.each([
    ['This is RIDICULOUS!!! Worst service ever.', 'angry'],
    ["I don't understand how to track my parcel, where do I find the number?", 'confused'],
    ['My order never arrived and the box was damaged.', 'problem'],
    ["You're a useless idiot.", 'abusive'],
    ['Refund me and let me keep it, or I will leave a 1-star review and file a chargeback.', 'exploiting'],
    ['I ordered the wrong size again, sorry!', 'repeat-mistake'],
  ])('reads %s as %s', (incoming, situation) => {
    const a = analyze('Thanks for your message.', { incoming });
    expect(a.situations).toContain(situation);
    expect(a.advice.length).toBeGreaterThan(0);
  });

  it('reads a calm thank-you as no situation', () => {
    expect(analyze('You are welcome.', { incoming: 'Thanks so much, it arrived today and looks great.' }).situations).toEqual([]);
  });

  it('lets the user override the situation, including dishonest', () => {
    const a = analyze('Here are the facts.', { incoming: 'Where is my order??? ', settings: { situationOverride: ['dishonest'] } });
    expect(a.situations).toEqual(['dishonest']);
    expect(a.advice[0]).toMatch(/facts calmly/);
  });
});

describe('analyze: settings', () => {
  const heated = 'Calm down. I think possibly it will come.';
  it('turns categories off', () => {
    const a = analyze(heated, { settings: { categories: { hostile: false } as never } });
    expect(a.findings.map((f) => f.category)).toEqual(['hedging']);
  });
  it('filters by sensitivity', () => {
    const text = 'I was on holiday, sorry.';
    expect(analyze(text, { settings: { sensitivity: 'standard' } }).findings).toEqual([]);
    expect(analyze(text, { settings: { sensitivity: 'strict' } }).findings.map((f) => f.rule)).toEqual(['excuse-busy']);
    expect(analyze('Take it or leave it. We were busy.', { settings: { sensitivity: 'gentle' } }).findings.map((f) => f.rule)).toEqual(['hostile-dismissal']);
  });
  it('never flags ignored words', () => {
    expect(rules('Our ARTISAN range is back.')).toEqual(['caps-shouting']);
    expect(analyze('Our ARTISAN range is back.', { settings: { ignoreWords: ['artisan'] } }).findings).toEqual([]);
  });
  it('flags custom phrases with their message and replacement', () => {
    const a = analyze('No worries, it is fine.', {
      settings: { customPhrases: [{ phrase: 'no worries', message: 'Say "you are welcome" instead.', replacement: 'You are welcome' }] },
    });
    expect(a.findings).toMatchObject([{ rule: 'custom-phrase', text: 'No worries', message: 'Say "you are welcome" instead.', replacement: 'You are welcome' }]);
  });
});

describe('analyze: incremental', () => {
  it('re-analyses only the edited sentence', () => {
    clearCache();
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says the parcel ships on day ${i}.`);
    const draft = sentences.join(' ');
    analyze(draft);
    const before = engineStats.sentencesAnalysed;
    const edited = draft.replace('number 20', 'numbeer 20');
    const a = analyze(edited);
    expect(engineStats.sentencesAnalysed - before).toBe(1);
    expect(a.findings).toEqual([]);
  });
});

describe('analyze: bad input', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t \n '],
    ['1 MB', 'You should have read it!!! '.repeat(40_000)],
    ['emoji', '😡😡 I ALREADY TOLD YOU 👍🏽!!! 👨‍👩‍👧'],
    ['right to left', 'مرحبا CALM DOWN!!! שלום'],
    ['zero-width', 'CALM\u200b DOWN\u200d!!\u200b! as\u200bI already said'],
    ['unpaired surrogates', '\ud83d I ALREADY TOLD YOU \ude00!!! \udc00calm down'],
    ['10,000-character word', 'a'.repeat(10_000) + ' CALM DOWN!!!'],
    ['punctuation storm', '!?'.repeat(20_000)],
    ['nested quotes', '"“\'"“”"\'”'.repeat(3000)],
  ];
  it.each(inputs)('%s: never throws and keeps offsets inside the text', (_name, text) => {
    const a = analyze(text, { incoming: text });
    for (const f of a.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThan(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(typeof rewrite(a, 'calmer')).toBe('string');
  });

  it('analyses long drafts up to a stated limit', () => {
    const text = 'It is fine. '.repeat(20_000);
    const a = analyze(text);
    expect(a.truncatedAt).toBe(100_000);
  });

  it('treats a non-string draft as empty', () => {
    expect(analyze(undefined as unknown as string).findings).toEqual([]);
  });
});

describe('analyze: settings identity', () => {
  it('completes the same settings object to the same full settings, so custom phrases compile once', async () => {
    const { engineSettings } = await import('../../rules/settings');
    const mine = { customPhrases: [{ phrase: 'no worries', message: 'Say "you are welcome".' }] };
    expect(engineSettings(mine)).toBe(engineSettings(mine));
    expect(engineSettings({ ...mine })).not.toBe(engineSettings(mine));
    clearCache();
    analyze('No worries at all.', { settings: mine });
    const before = engineStats.sentencesAnalysed;
    expect(analyze('No worries at all.', { settings: mine }).findings.map((f) => f.rule)).toEqual(['custom-phrase']);
    expect(engineStats.sentencesAnalysed).toBe(before);
  });
});

describe('greeting and signature settings', () => {
  const draft = 'Hi Sam!!!\n\nThe parcel left today and tracking follows.\n\nWarmly yours always\nTHE ACME TEAM';
  it('leaves the greeting and a known signature alone by default', () => {
    expect(analyze('Hi Sam!!!\n\nThe parcel left today.\n\nKind regards\nTHE ACME TEAM').findings).toEqual([]);
  });
  it("treats the user's own sign-off line as the start of the signature", () => {
    expect(analyze(draft).findings.map((f) => f.text)).toContain('THE ACME TEAM');
    expect(analyze(draft, { settings: { signOffs: ['warmly yours always,'] } }).findings.map((f) => f.text)).not.toContain('THE ACME TEAM');
  });
  it('judges the greeting and signature when asked to', () => {
    const found = analyze(draft, { settings: { signOffs: ['Warmly yours always'], judgeGreetingAndSignature: true } }).findings.map((f) => f.category);
    expect(found).toEqual(expect.arrayContaining(['exclamation', 'caps']));
  });
  it('keeps the greeting and signature byte for byte in rewrites either way', () => {
    const text = 'Hi Sam!!!\n\nYou should have read the listing.\n\nWarmly yours always\nTHE ACME TEAM';
    const a = analyze(text, { settings: { signOffs: ['Warmly yours always'], judgeGreetingAndSignature: true } });
    expect(rewrite(a, 'calmer').startsWith('Hi Sam!!!\n\n')).toBe(true);
    expect(rewrite(a, 'calmer').endsWith('\n\nWarmly yours always\nTHE ACME TEAM')).toBe(true);
    expect(rewrite(a, 'calmer')).not.toContain('should have read');
  });
});
