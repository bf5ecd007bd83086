/**
 * The acknowledgement check on fresh wordings (written for this file, none from a corpus): naming the
 * feeling, restating the problem or saying the customer had one counts; courtesies do not
 * (shared/LABELLING.md, acknowledgement).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules';

const present = (text: string) => analyze(text).checks.acknowledgement.present;

describe('acknowledgement: counts', () => {
  it.each([
    'I can see how stressful the wait has been.',
    'Sorry you had to chase us twice.',
    "Apologies that you're running into errors at checkout.",
    "I'm sorry you've been having trouble logging in.",
    'We are sorry your order was missing the charger.',
    'We let you down on this booking, and I will put it right.',
    'Our night team fell short of what we promise guests.',
    'It looks like you have hit a bug in the import.',
    "That sounds like a fault with the printer's driver.",
    'Sorry to hear about the cracked lid.',
  ])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('acknowledgement: courtesies do not count', () => {
  it.each([
    'Thanks for your feedback.',
    'Sorry for the inconvenience.',
    'Sorry to hear that.',
    'That looks like a great idea for the next version.',
    'We hope to see you again soon.',
    'If you run into a bug, please write to us.',
  ])('not %s', (text) => expect(present(text)).toBe(false));
});
