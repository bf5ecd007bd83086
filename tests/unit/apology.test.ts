/**
 * The apology check on fresh wordings (written for this file, none from a corpus): a plain apology counts
 * in any register, misspelt or not ("inconvenience caused is regretted" is a plain one by
 * shared/LABELLING.md); conditional wording and "we regret to inform you" do not.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules';

const present = (text: string) => analyze(text).checks.apology.present;

describe('apology: counts', () => {
  it.each([
    'The delay caused to you is deeply regretted.',
    'Inconvenence to you is highly regreted, and the manager has spoken to the driver.',
    'Thanks for writing, and apologise for the cold breakfast.',
    'We apologized to the family for the mix-up and refunded the spa.',
    'We truly regret for the noise from the terrace.',
    'That one was entirely our mistake.',
  ])('counts %s', (text) => expect(present(text)).toBe(true));
});

describe('apology: not an apology', () => {
  it.each([
    'We regret to inform you that the spa is closed on Mondays.',
    'Sorry if you felt ignored at the desk.',
    'Thanks for your feedback.',
    'The inconvenience was caused by the storm.',
  ])('not %s', (text) => expect(present(text)).toBe(false));
});
