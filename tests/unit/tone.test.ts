import { describe, expect, it } from 'vitest';
import '../../rules/model/bundled';
import { analyze, tone } from '../../rules';
import { scoreSentence } from '../../rules/model';
import { withoutAcknowledgement } from '../../rules/checks/acknowledgement';

describe('tone meter', () => {
  it('reads a calm, firm reply as calm and firm', () => {
    const t = tone(analyze("I'm sorry the parcel was late. I have sent a replacement today and you will have tracking by 5pm."));
    expect(t.heat).toBeLessThan(0.2);
    expect(t.pushover).toBeLessThan(0.2);
  });

  it('moves towards heated with shouting, blame and sarcasm, and saturates below 1', () => {
    const mild = tone(analyze('Thanks for waiting!!! The parcel left today.'));
    const hot = tone(analyze('AS I ALREADY SAID, you should have read the listing!!! This is your own fault. Obviously you did not read it.'));
    expect(mild.heat).toBeGreaterThan(0);
    expect(hot.heat).toBeGreaterThan(mild.heat);
    expect(hot.heat).toBeGreaterThan(0.7);
    expect(hot.heat).toBeLessThan(1);
  });

  it('moves towards pushover with grovelling and hedging, not towards heated', () => {
    const t = tone(analyze("I'm so so sorry, I'm really sorry, I just think maybe we could possibly perhaps do whatever you want, sorry again."));
    expect(t.pushover).toBeGreaterThan(0.4);
    expect(t.heat).toBeLessThan(0.2);
  });

  it("does not count the words that name the customer's feeling as the reply's heat", () => {
    for (const line of ['That sounds so frustrating.', 'I understand how annoying this must be for you.']) {
      // The model alone hears the feeling words as heat...
      expect(scoreSentence(line)!.heat, line).toBeGreaterThan(0.45);
      const a = analyze(line);
      expect(a.checks.acknowledgement.present, line).toBe(true);
      // ...but they are the customer's feeling, acknowledged: the meter stays calm and nothing is flagged.
      expect(a.tone.heat, line).toBeLessThan(0.2);
      expect(a.findings.filter((f) => f.category === 'hostile'), line).toEqual([]);
    }
  });

  it('still hears contempt beside an acknowledgement', () => {
    const a = analyze('I know this is frustrating, but you are a pathetic moron.');
    expect(a.tone.heat).toBeGreaterThan(0.8);
  });

  it('blanks the acknowledging words in place, keeping offsets', () => {
    const line = 'I can see how upsetting that was. We will refund it.';
    const own = withoutAcknowledgement(line);
    expect(own.length).toBe(line.length);
    expect(own).toContain('We will refund it.');
    expect(own).not.toMatch(/upsetting/);
  });
});

