/** Flags dismissing the customer ("calm down", "deal with it", "take it or leave it"): it escalates every time. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (hostile: dismissive, "you people", "then don\'t use it"); customer-service de-escalation training';

export default lexiconRule(
  {
    id: 'hostile-dismissal',
    category: 'hostile',
    severity: 'high',
    message: 'Dismissing the customer escalates the conversation; acknowledge them and keep to the facts.',
  },
  [
    { pattern: `(?:just |please )?(?:calm|settle) down`, replacement: '', note: 'Tells the customer how to feel.', source: SOURCE },
    { pattern: `(?:just )?chill(?: out)?(?= *[,.!]|$)`, replacement: '', note: 'Tells the customer how to feel.', source: SOURCE },
    { pattern: `(?:just )?relax(?= *[,.!]|$)`, sentenceStart: true, replacement: '', note: 'Tells the customer how to feel.', source: SOURCE },
    { pattern: `(?:just )?(?:move on|(?:let|leave) it (?:go|be)|drop it|forget about it)(?= *[,.!]|$)`, sentenceStart: true, replacement: '', note: 'Tells the customer to stop raising it.', source: SOURCE },
    { pattern: `take it or leave it`, replacement: 'this is what I can offer', note: 'An ultimatum ends the conversation.', source: SOURCE },
    { pattern: `deal with it(?= *[.!,]|$)`, notAfter: `will|'ll|can|to|and|I|we`, replacement: '', note: 'Leaves the customer alone with the problem.', source: SOURCE },
    { pattern: `get over it`, replacement: '', note: 'Belittles the customer\'s problem.', source: SOURCE },
    { pattern: `(?:live|cope) with it`, replacement: '', note: 'Leaves the customer alone with the problem.', source: SOURCE },
    {
      pattern: `(?:stop|quit) (?:whining|complaining|moaning|harassing (?:me|us)|(?:writing to|emailing|messaging|calling|contacting|texting|spamming|posting about) (?:me|us|our (?:inbox|page|team|staff|phone|email))|being (?:so )?(?:rude|difficult|dramatic|unreasonable|childish))`,
      note: 'Orders the customer to go quiet.',
      source: SOURCE,
    },
    { pattern: `(?:don't|do not) (?:be (?:so )?(?:ridiculous|dramatic|silly|difficult|childish|rude)|waste my time|take that tone)`, replacement: '', note: 'Talks down to the customer.', source: SOURCE },
    { pattern: `(?:I|we) (?:don't|do not|couldn't|could not|can't|cannot) care (?:less|about (?:your|that|this|it))`, replacement: '', note: 'Says the customer does not matter.', source: SOURCE },
    { pattern: `(?:nobody|no one) cares`, replacement: '', note: 'Says the customer does not matter.', source: SOURCE },
    {
      pattern: `your (?:opinion|review|rating|complaint|feedback|comment|view)s? (?:doesn't|does not|don't|do not|won't|will not) (?:matter|count|change anything|mean anything)(?: to (?:us|me))?`,
      replacement: '',
      note: 'Says the customer does not matter.',
      source: SOURCE,
    },
    {
      pattern: `(?:I'm|I am|we're|we are) not (?:interested in|going to (?:read|answer|reply to)) (?:your|this|these|such) (?:\\w+ )?(?:complaints?|opinions?|reviews?|excuses|demands|threats|comments|messages|emails)`,
      replacement: '',
      note: 'Refuses to hear the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) (?:won't|will not|am not going to|are not going to|refuse to) (?:waste|spend) (?:any )?(?:more )?(?:time|energy|words) on (?:this|you|your \\w+)`,
      replacement: '',
      note: 'Says the customer is not worth the time.',
      source: SOURCE,
    },
    {
      pattern: `(?:nobody|no one)(?: is|'s) (?:forcing|making|asking) you to (?:stay|use|buy|book|come|download|keep|order|play)`,
      note: 'Tells the customer they can leave.',
      source: 'shared/LABELLING.md (hostile: "then don\'t use it / uninstall it")',
    },
    {
      pattern: `if you (?:don't|do not) (?:like|want|need|enjoy) (?:it|this|the app|our \\w+),? (?:then )?(?:just |simply )?(?:uninstall|delete|remove|stop using|(?:don't|do not) use)(?: (?:it|the app|this app|us))?`,
      replacement: '',
      note: 'Tells the customer to leave instead of helping.',
      source: 'shared/LABELLING.md (hostile: "then don\'t use it / uninstall it")',
    },
    {
      pattern: `then (?:just |simply )?(?:stop using|(?:don't|do not) use) (?:it|this app|our (?:\\w+ )?(?:app|software|service|product|hotel))`,
      sentenceStart: true,
      replacement: '',
      note: 'Tells the customer to leave instead of helping.',
      source: 'shared/LABELLING.md (hostile: "then don\'t use it / uninstall it")',
    },
    { pattern: `whatever you say`, replacement: '', note: 'Brushes the customer off.', source: SOURCE },
    { pattern: `whatever(?= *[.!]|$)`, sentenceStart: true, replacement: '', note: 'Brushes the customer off.', source: SOURCE },
    { pattern: `you people`, replacement: 'you', note: 'Lumps the customer into a group to be scorned.', source: SOURCE },
    { pattern: `(?:go|shop|buy|take your business) (?:elsewhere|somewhere else)(?: then)?`, replacement: '', note: 'Tells the customer to leave instead of helping.', source: SOURCE },
    {
      pattern: `(?:(?:feel free|you(?:'re| are) (?:welcome|free)) to|you (?:can|could) always|maybe you should|perhaps you should) (?:go|shop|book|stay|eat|look|order|buy|try|take your (?:business|money))(?: \\w+)? (?:elsewhere|somewhere else|another (?:hotel|app|shop|store|place))(?: (?:next time|then|instead|in future))?`,
      replacement: '',
      note: 'Tells the customer to leave instead of helping.',
      source: SOURCE,
    },
    { pattern: `(?:it's|it is) not rocket science`, replacement: '', note: 'Belittles the customer.', source: SOURCE },
    { pattern: `grow up|get a life|get a grip|give me a break|learn to read|shut up|go away|get lost|leave me alone`, replacement: '', note: 'An insult dressed as an order.', source: SOURCE },
    { pattern: `what part of (?:[^\\s]{1,30} ){1,6}(?:don't|do not|didn't|did not) you (?:understand|get)`, replacement: '', note: 'Mocks the customer\'s understanding.', source: SOURCE },
    { pattern: `are you (?:serious|kidding|joking|stupid|blind|crazy|insane|for real)`, replacement: '', note: 'Mocks the customer.', source: SOURCE },
    { pattern: `do you even (?:read|know|understand|listen)`, replacement: '', note: 'Mocks the customer.', source: SOURCE },
    { pattern: `(?:I|we) (?:don't|do not) have time for (?:this|your)`, replacement: '', note: 'Says the customer is not worth the time.', source: SOURCE },
    { pattern: `(?:stop|quit) wasting (?:my|our) time`, replacement: '', note: 'Says the customer is not worth the time.', source: SOURCE },
    {
      pattern: `(?:please )?(?:don't|do not) (?:bother (?:ordering|buying|contacting|messaging|emailing|coming back|booking|staying|visiting)|(?:order|buy|shop) from (?:us|me) again|contact (?:us|me) again)`,
      replacement: '',
      note: 'Sends the customer away.',
      source: SOURCE,
    },
    { pattern: `what do you (?:want|expect) (?:from me|me to do about it)`, replacement: '', note: 'Throws the problem back at the customer.', source: SOURCE },
    { pattern: `(?:I'm|I am|we're|we are) done (?:with you|talking|here)`, replacement: '', note: 'Ends the conversation on the customer.', source: SOURCE },
  ],
);
