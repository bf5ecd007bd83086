/**
 * The problem situation read as constructions, not words: cases in fresh words (no three-word run shared
 * with the situation patterns), each one the engine got wrong before the construction was added.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../rules';
import { SITUATION_PATTERNS } from '../../rules/situations';
import { sharedRuns } from '../rules/fresh';

const problem = (m: string) => detectSituations(m).includes('problem');

describe('a fault word inside a how / where / can-I question names what is asked about', () => {
  const asking = [
    'How would I add a missing bus stop to the transit map?',
    'Where can I read which bugs were patched in the spring release?',
    'Can I pre-order the bundle that was delayed in Europe?',
    'Hi, is there a way to export playlists without errors creeping in?',
    'Will you be adding an offline mode for when the signal drops?',
    'Did you change how late fees are worked out this year?',
    'Is there a warranty plan that covers cracked screens?',
  ];
  it.each(asking)('no problem: %s', (m) => {
    expect(problem(m)).toBe(false);
  });
  // It still reports a fault when the question is about the customer's own thing, asks how to mend
  // something, why it happens or how to be made whole for it (refund, return, replacement), is about
  // something the customer did or had done to them ('I made', 'from us'), tells rather than asks ('do you
  // know the app…'), or the fault is told outside the question.
  const reporting = [
    'Is there a way to get back the photos that vanished from my gallery?',
    'How can I fix the sync error on the desktop client?',
    'How do I log in? The page keeps freezing halfway.',
    'Why is the checkout page broken again?',
    'Do you know why the scanner keeps freezing?',
    'Is there a problem with the payment page tonight?',
    'Is there anything wrong with the login server?',
    'How do I get a refund for the broken headphones?',
    'How do I stop the app crashing?',
    'Can I return the damaged kettle?',
    'Have you deleted the playlist I made?',
    'Do you know the app crashes on startup?',
    'Did you receive the faulty charger I posted back?',
    'Will you collect the leaking fridge from us?',
  ];
  it.each(reporting)('problem: %s', (m) => {
    expect(problem(m)).toBe(true);
  });
  it('uses fresh words', () => {
    for (const m of [...asking, ...reporting]) expect(sharedRuns(m, SITUATION_PATTERNS), m).toEqual([]);
  });
});
