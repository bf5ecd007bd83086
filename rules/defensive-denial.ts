/** Flags denying and arguing back ("it's not our fault", "that's simply not true"): the customer hears "you're wrong". */
import { lexiconRule } from './rule';

const BE = "(?:'s|'re| is| are| was| were)";

export default lexiconRule(
  {
    id: 'defensive-denial',
    category: 'defensive',
    severity: 'high',
    message: 'Denying fault argues with the customer; acknowledge what they experienced, then explain the facts.',
  },
  [
    { pattern: `(?:it|this|that)${BE} (?:not|never) (?:our|my|the seller's|the shop's|the store's) (?:fault|problem|responsibility|issue|mistake|job|concern)`, replacement: '', note: 'Denying fault puts the customer on the defensive.' },
    { pattern: `(?:it|this|that)${BE}n't (?:our|my) (?:fault|problem|responsibility|issue|mistake)`, replacement: '' },
    { pattern: `(?:we|I)(?:'re| are|'m| am) not (?:to blame|at fault|responsible for (?:this|that|the (?:delay|damage|loss)))`, replacement: '' },
    { pattern: `(?:we|I) (?:did|have done) nothing wrong` },
    { pattern: `not (?:my|our) problem`, severity: 'high' },
    { pattern: `(?:that|this|it)${BE} (?:simply |just |absolutely |completely |totally )?(?:not true|untrue|false|a lie)` },
    { pattern: `(?:that|this)${BE} not what happened` },
    { pattern: `(?:that's|that is) not how (?:it|this|things) works?`, replacement: 'here is how it works' },
    { pattern: `I (?:don't|do not|fail to) see (?:what|where) the (?:problem|issue) is`, replacement: 'I want to understand the problem' },
    { pattern: `there(?:'s| is) nothing wrong with (?:the|your|our|my|this|that) (?:item|product|order|parcel|package|listing|description|service)`, replacement: 'I checked the item before it shipped' },
    { pattern: `(?:we|I) (?:stand by|will not apologi[sz]e for|won't apologi[sz]e for) (?:our|my|what)`, severity: 'medium' },
    { pattern: `with all due respect`, replacement: '', severity: 'medium' },
    { pattern: `(?:don't|do not|you can't|you cannot|you shouldn't) blame (?:me|us|the (?:shop|seller|store))` },
    { pattern: `(?:it|the item|the parcel|the package|everything|the order) was (?:perfect|fine|flawless|in perfect condition|in (?:perfect )?working order|undamaged) when it left (?:us|me|our (?:shop|warehouse|hands|studio))`, replacement: 'I checked it before it shipped' },
    { pattern: `(?:I|we) (?:did|have done|'ve done) everything (?:right|correctly|by the book)` },
    { pattern: `I (?:don't|do not) know what (?:else )?you (?:want|expect) (?:me|us) to do`, replacement: 'here is what I can do' },
    { pattern: `(?:I|we)(?:'m| am|'re| are) not (?:going to|gonna) apologi[sz]e`, replacement: '' },
  ],
);
