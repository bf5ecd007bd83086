/** Flags dismissing the customer ("calm down", "deal with it", "take it or leave it"): it escalates every time. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'hostile-dismissal',
    category: 'hostile',
    severity: 'high',
    message: 'Dismissing the customer escalates the conversation; acknowledge them and keep to the facts.',
  },
  [
    { pattern: `(?:just |please )?(?:calm|settle) down`, replacement: '' },
    { pattern: `(?:just )?chill(?: out)?(?= *[,.!]|$)`, replacement: '' },
    { pattern: `(?:just )?relax(?= *[,.!]|$)`, sentenceStart: true, replacement: '' },
    { pattern: `take it or leave it`, replacement: 'this is what I can offer' },
    { pattern: `deal with it(?= *[.!,]|$)`, notAfter: `will|'ll|can|to|and|I|we`, replacement: '' },
    { pattern: `get over it`, replacement: '' },
    { pattern: `(?:live|cope) with it`, replacement: '' },
    { pattern: `(?:stop|quit) (?:whining|complaining|moaning|harassing (?:me|us)|emailing (?:me|us)|messaging (?:me|us)|being (?:so )?(?:rude|difficult|dramatic|unreasonable|childish))` },
    { pattern: `(?:don't|do not) (?:be (?:so )?(?:ridiculous|dramatic|silly|difficult|childish|rude)|waste my time|take that tone)`, replacement: '' },
    { pattern: `(?:I|we) (?:don't|do not|couldn't|could not|can't|cannot) care (?:less|about (?:your|that|this|it))`, replacement: '' },
    { pattern: `(?:nobody|no one) cares`, replacement: '' },
    { pattern: `whatever you say`, replacement: '' },
    { pattern: `whatever(?= *[.!]|$)`, sentenceStart: true, replacement: '' },
    { pattern: `you people`, replacement: 'you' },
    { pattern: `(?:go|shop|buy|take your business) (?:elsewhere|somewhere else)(?: then)?`, replacement: '' },
    { pattern: `(?:it's|it is) not rocket science`, replacement: '' },
    { pattern: `grow up|get a life|get a grip|give me a break|learn to read|shut up|go away|get lost|leave me alone`, replacement: '' },
    { pattern: `what part of (?:[^\\s]{1,30} ){1,6}(?:don't|do not|didn't|did not) you (?:understand|get)`, replacement: '' },
    { pattern: `are you (?:serious|kidding|joking|stupid|blind|crazy|insane|for real)`, replacement: '' },
    { pattern: `do you even (?:read|know|understand|listen)`, replacement: '' },
    { pattern: `(?:I|we) (?:don't|do not) have time for (?:this|your)`, replacement: '' },
    { pattern: `(?:stop|quit) wasting (?:my|our) time`, replacement: '' },
    { pattern: `(?:please )?(?:don't|do not) (?:bother (?:ordering|buying|contacting|messaging|emailing)|(?:order|buy|shop) from (?:us|me) again|contact (?:us|me) again)`, replacement: '' },
    { pattern: `what do you (?:want|expect) (?:from me|me to do about it)`, replacement: '' },
    { pattern: `(?:I'm|I am|we're|we are) done (?:with you|talking|here)`, replacement: '' },
  ],
);
