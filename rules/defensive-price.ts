/**
 * Flags rebutting a price or ads complaint ("the free version is still fully functional", "you don't need
 * to pay", "ads appear only once a day"): the customer hears "you have no reason to complain".
 */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (defensive: argues the business did nothing wrong)';

export default lexiconRule(
  {
    id: 'defensive-price',
    category: 'defensive',
    severity: 'medium',
    message: 'Arguing that the price or ads are fair answers a feeling with a rebuttal; acknowledge it, then explain the options.',
  },
  [
    {
      pattern: `(?:the |our )?(?:free version|free plan|free tier|basic version|app) (?:is|remains) (?:still |fully |completely |totally |perfectly ){1,2}(?:functional|usable|free|working)`,
      note: 'Answers a complaint about the free version with a rebuttal.',
      source: SOURCE,
    },
    {
      pattern: `you (?:do not|don't|never) (?:need|have) to pay(?: (?:anything|for (?:it|using it|the app)|twice|again))?`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `((?:nearly |almost )?(?:most|all|many|\\d{2,3}%|a lot)) of ((?:the |our )?(?:app(?:'s)? |core )?(?:features|functions|functionality|the app)) (?:are|is) (?:free|available (?:for free|without (?:charge|payment)))`,
      replacement: 'you can use $1 of $2 for free',
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `(?:most|all|many|\\d{2,3}%|a lot) of (?:the |our )?(?:app(?:'s)? |core )?(?:features|functions|functionality|the app) (?:are|is) (?:open|available(?: (?:to|for) (?:all|everyone))?)`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `((?:nearly |almost )?(?:most|all|many)) ((?:app |core )?(?:features|functions)) (?:are|is) free`,
      replacement: 'you can use $1 $2 for free',
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `((?:ads|adverts|advertisements|the ad) (?:appear|appears|show up|shows up|pop up|pops up|are shown|is shown|are displayed|is displayed)) only`,
      replacement: '$1',
      note: 'Minimises the customer\'s complaint about ads.',
      source: SOURCE,
    },
    {
      // How rarely the ads (or emails, or charges) come, offered as the answer: "only once every 18 hours".
      pattern: `only ((?:once|one time|twice|two times|\\d+ times?) (?:a|an|per|every|each|in)(?: \\d+)? (?:day|days|week|weeks|month|session|sessions|hour|hours|launch|launches|minutes|while))`,
      replacement: '$1',
      note: 'Minimises what the customer complains about by how rarely it happens.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:never|do not|don't) (?:require|force|make) (?:our |any )?(?:users|you|anyone|people) to (?:upgrade|pay|buy)`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `(\\d{1,3}%|most|much|nearly all|almost all) of ((?:the |our )?(?:app|features|functionality|content|it)) (?:is|are) (?:completely |totally |entirely |still )?free`,
      replacement: 'you can use $1 of $2 for free',
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `(?:there(?:'s| is) no need|you (?:don't|do not) need|no one needs|nobody needs) to (?:upgrade|buy|subscribe|purchase|pay)`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `(?:most|all|many|the majority of|nearly all|almost all) (?:of )?(?:the |our )?(?:\\w+ )?(?:features|functions|functionality|tools)(?: (?:in|of) (?:the |our )?app)? (?:are|is) (?:still |completely |totally )?(?:free|open(?:ed)? (?:for|to) (?:use|everyone|all)|(?:usable|available) (?:for free|without (?:any )?(?:purchases?|payment|charge|paying)))`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `with (?:almost |nearly |practically |virtually )?(?:zero|no|very few|minimal|hardly any) (?:limitations|limits|restrictions)`,
      note: 'Minimises the paywall the customer complains about.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are|remains?) still (?:completely |totally |entirely )?(?:free|available for free|included for free|offered for free)`,
      note: 'Answers a paywall complaint with a rebuttal.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:do not|don't|did not|didn't|never) (?:have|offer|sell|use) (?:any )?(?:\\w+ )?(?:subscriptions?|hidden (?:fees|charges|costs)|recurring (?:fees|charges))(?= *[.!,;]|$| (?:at all|only|just))`,
      note: 'Rebuts a complaint about what the customer was charged.',
      source: SOURCE,
    },
    {
      pattern: `none of the (?:premium|paid|pro) (?:features|functions) (?:is|are) (?:essential|necessary|needed|required)`,
      note: 'Minimises what the customer pays for.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:free version|free plan|free app|basic version) is not (?:ad[- ]free|free of ads|without ads|unlimited)`,
      note: 'Rebuts a complaint about ads.',
      source: SOURCE,
    },
    {
      pattern: `you (?:do not|don't|never) (?:actually |really |even )?(?:need|have) to (?:pay|buy|purchase|spend|upgrade)`,
      note: 'Rebuts a complaint about paying.',
      source: SOURCE,
    },
    {
      pattern: `(?:our |the )?(?:prices?|rates?|tariffs?|costs?|fees?) (?:are|is) (?:highly |very |quite |extremely )?(?:competitive|fair|reasonable|low|the lowest|cheap|affordable)|fairly priced|(?:may be |is )?the (?:lowest|cheapest|best) (?:price|rate|value) in`,
      note: 'Defends the price against the complaint.',
      source: SOURCE,
    },
  ],
);
