import { describe, expect, it } from 'vitest';
import { analyze, tone } from '../../rules';

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
});
