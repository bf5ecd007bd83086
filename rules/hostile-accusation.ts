/**
 * Flags accusing or dismissing the customer ("a fake review from multiple accounts", "you never stayed
 * with us", "then don't use it", "we will report you"): it turns a complaint into a fight.
 */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (hostile: accusing the customer of lying/fraud/blackmail, legal or reporting threats, "then don\'t use it / uninstall it", ridicule)';

export default lexiconRule(
  {
    id: 'hostile-accusation',
    category: 'hostile',
    severity: 'high',
    message: 'Accusing or dismissing the customer escalates the conversation; answer the complaint, or set a calm boundary.',
  },
  [
    { pattern: `(?:fake|false|fraudulent|dishonest|bogus|made[- ]up|malicious|poorly justified|unjustified) (?:\\d+[- ]star |one[- ]star |1[- ]star )?(?:review|reviews|rating|ratings|accounts?|claims?|complaints?)`, note: 'Accuses the customer of lying.', source: SOURCE },
    { pattern: `(?:multiple|several|many|different|fake) accounts`, note: 'Accuses the customer of fraud.', source: SOURCE },
    { pattern: `you(?:'re| are| were) (?:clearly |obviously )?(?:lying|not telling the truth|making (?:this|it|things) up|trying to scam|trying to get something for free)`, note: 'Accuses the customer of lying.', source: SOURCE },
    { pattern: `(?:blackmail|extortion|extort\\w*)`, note: 'Accuses the customer of blackmail.', source: SOURCE },
    { pattern: `(?:we|I)(?: will|'ll| shall| are going to|'re going to| am going to|'m going to) (?:report (?:you|your (?:review|account|comment))|take legal action|sue|contact (?:our|a) lawyer|involve (?:the police|our lawyers?))`, note: 'A threat.', source: SOURCE },
    { pattern: `(?:then )?(?:just )?(?:don't|do not) use (?:it|the app|our app|this app|my app|us|the product)(?: then)?(?= *[.!,;]|$)`, note: 'Dismisses the customer.', source: SOURCE },
    { pattern: `(?:just |then |please )?(?:uninstall|delete) (?:it|the app|our app|my app)(?: then)?(?= *[.!,;]|$)`, note: 'Dismisses the customer.', source: SOURCE },
    { pattern: `(?:find|use|try|go (?:to|with)) (?:another|a different|some other) (?:app|hotel|shop|store|seller|developer|company)(?: then)?(?= *[.!,;]|$| if you)`, note: 'Dismisses the customer.', source: SOURCE },
    { pattern: `(?:anyone|someone|anybody|somebody)(?: else)? (?:who(?:'ll| will| would)|to) (?:put up with|deal with|tolerate) you`, note: 'Ridicules the customer.', source: SOURCE },
    { pattern: `(?:most|many) things (?:won't|don't|will not|do not|never) (?:suit|please|satisfy) you`, note: 'Ridicules the customer.', source: SOURCE },
    { pattern: `(?:we|I) (?:don't|do not) (?:need|want) (?:customers|guests|people|users) like you`, note: 'Dismisses the customer.', source: SOURCE },
    { pattern: `like (?:normal|reasonable|decent) (?:humans|people|users|customers)`, note: 'Ridicules the customer.', source: SOURCE },
    { pattern: `(?:defamatory|slanderous|libel(?:lous)?|slander)`, note: 'A legal threat.', source: SOURCE },
    { pattern: `you(?:'re| are) (?:no longer |not )welcome (?:to|back|here|at)`, note: 'Bans the customer.', source: SOURCE },
    { pattern: `(?:we|I) (?:will|would|shall) not (?:be )?(?:accept(?:ing)?|tak(?:e|ing)) (?:your|any) (?:future )?(?:bookings|reservations|orders|business)`, note: 'Bans the customer.', source: SOURCE },
    { pattern: `(?:feel free to|you are free to|you can always) (?:take your business|go|shop|stay|book) elsewhere`, note: 'Dismisses the customer.', source: SOURCE },
    { pattern: `(?:no one|nobody) (?:forced|made|asked) you to`, note: 'Dismisses the customer.', source: SOURCE },
    {
      pattern: `(?:this|that|your|the) (?:(?:whole|entire|latest|last) )?(?:review|complaint|claim|story|account|comment)s? (?:is|are|was) (?:a |an )?(?:(?:complete|total|outright|pure|blatant|utter) )?(?:lies?|fabrication|fiction|fantasy|invention)`,
      note: 'Accuses the customer of lying.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are| were) (?:clearly|obviously|just|only|simply) (?:\\w+ )?(?:after|fishing for|angling for|trying to get|hoping for) (?:a |an |some )?(?:free|refund|discount|compensation|freebie|money)`,
      note: 'Accuses the customer of chasing a freebie.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'ve| have| had)? (?:deliberately |conveniently |clearly )?(?:hidden|hid|concealed|twisted|distorted|misrepresented|fabricated|invented|left out|omitted) (?:the |some |all the |a few )?(?:actual |real |true |important |key )?(?:facts|truth|story|details|events|part)`,
      note: 'Accuses the customer of lying.',
      source: SOURCE,
    },
    {
      pattern: `your (?:malicious|dishonest|ill|bad|evil|hidden|twisted|sick|doubtful|questionable) (?:mind-?set|intent(?:ions?)?|motives?|agenda|nature|character|purpose)`,
      note: 'Attacks the customer\'s character, not the complaint.',
      source: SOURCE,
    },
    {
      pattern: `you (?:are|were|know you are) (?:well |fully |very well )?aware (?:of )?what you (?:have |had )?(?:done|did)`,
      note: 'Hints at wrongdoing instead of stating the facts.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) have (?:the |all the |clear |enough )?(?:proof|evidence|cctv|footage|recordings?) (?:to (?:substantiate|prove|back)|of what you|that you)`,
      note: 'Answers the complaint with a case against the customer.',
      source: SOURCE,
    },
  ],
);
