/**
 * Flags offering the business's limits as the reason ("it's a hobby project run in my spare time", "our
 * team is small", "the ads pay for the servers", "we had a lot of requests lately"): a reason in place of ownership.
 */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (excuse: busy season, small/one-person team, staff shortage, "the app is free so it needs ads")';

export default lexiconRule(
  {
    id: 'excuse-limits',
    category: 'excuse',
    severity: 'medium',
    message: 'Explaining your own limits reads as an excuse; own the problem and say what you will do.',
  },
  [
    { pattern: `(?:a |my |our )?(?:hobby|side|spare[- ]time|weekend|passion|volunteer|community[- ]driven) (?:project|app|business)`, note: 'Small-team reason.', source: SOURCE },
    { pattern: `(?:in|on|with) (?:my|our) (?:own )?(?:spare|free) time`, note: 'Small-team reason.', source: SOURCE },
    {
      pattern: `(?:relies|rely|relying|depends|depend|depending|runs|run|survives|survive|lives|live) (?:entirely |solely |only |mostly )?on (?:user |your |users' )?(?:donations|subscriptions|ads|advertising|advertisements|purchases|support|my spare time|volunteers)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:our|the|my) (?:team|staff|company) (?:is|was) (?:very |really |quite |so )?(?:small|tiny|reduced|limited|short[- ]staffed|stretched)`,
      note: 'Small-team reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:only |just )?(?:have|had|retain|employ|are able to retain|can (?:only )?afford) (?:a |an )?(?:very |really )?(?:small|tiny|limited|reduced) (?:team|staff|budget)`,
      note: 'Small-team reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:do not|don't|can't|cannot) (?:make|earn) (?:any )?money (?:from|on|with)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:costs?|costing) (?:me|us) (?:a lot of |real )?money`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:ads|adverts|advertising|advertisements|subscriptions|premium) (?:help|helps|allow|allows|let|lets|pay|pays) (?:us|me) (?:to )?(?:maintain|keep|develop|run|support|pay|cover|survive|continue)`,
      note: 'Money reason given for the thing the customer complains about.',
      source: SOURCE,
    },
    {
      pattern: `(?:the|this is the|that is the|it's the) only way (?:to|for (?:us|me) to|we can|I can) (?:keep|support|fund|maintain|pay|develop|survive|continue|move forward)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:needs?|has|have) to be (?:developed|maintained|updated|supported) (?:daily|every day|on (?:a|the) daily basis|constantly)`,
      note: 'Effort reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:requires|required|takes|took|has taken|have taken) (?:a lot of|lots of|so much|hundreds of|thousands of|countless) (?:time|work|hours|effort)`,
      note: 'Effort reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:every|each|any) (?:new )?(?:feature|update|change|fix|request|version) (?:needs|takes|requires) time`,
      note: 'Effort reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:a lot of|lots of|many|so many|a high number of|a large number of|a huge number of|high volumes? of) (?:customer (?:service |support )?)?(?:cases|requests|tickets|emails|orders|messages|bookings|guests) (?:recently|lately|this (?:week|month|season)|at the moment|right now)`,
      note: 'Busy reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:high|full|peak) (?:occupancy|season|demand|volume)`,
      note: 'Busy reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|was|are|were) (?:newly|recently) (?:joined|hired|appointed|with us)|(?:new|newly joined) (?:to the job|staff member|employee|team member|member of staff)`,
      note: 'Blames a new member of staff.',
      source: SOURCE,
    },
    {
      pattern: `(?:english|it) is not (?:our|my) (?:native|first) language`,
      note: 'Language reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:due to|because of|during|with) (?:the )?(?:ongoing |current )?(?:renovations?|refurbishments?|construction|building work|covid|the pandemic|weather|storms?|snow|holidays)`,
      note: 'Circumstance reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:heatwave|heat wave|hot weather|storms?|snow|floods?|flooding|strikes?|weather) (?:caused|delayed|held up|slowed(?: down)?) (?:the|your|our|all|every|some|many|most|deliveries|shipping|orders|parcels|flights|trains)`,
      note: 'Circumstance reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|was|are|were) (?:being |currently )?(?:renovated|refurbished|under renovation|under construction)|(?:are|is|were|was) (?:currently |now )?(?:in the (?:middle|midst|process) of|undergoing) (?:a |an |the )?(?:renovat\\w*|refurbish\\w*|upgrad\\w*|rebuild\\w*|construction|building work)`,
      note: 'Circumstance reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:avoided|resisted|held off) (?:this|it|ads|doing this) (?:for )?as long as (?:it was )?(?:possible|we could|I could)`,
      note: 'Justifies the change the customer complains about.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are) (?:a |the )?(?:standard|normal|common|usual) (?:practice )?(?:now |right now |these days )?(?:in|for|among|with) (?:free |other |all )?(?:apps|hotels|shops|sellers|businesses|the industry)`,
      note: 'Justifies by what others do.',
      source: SOURCE,
    },
    {
      pattern: `(?:the |this |our |my )?(?:app|application|project|service|game) (?:should|must|has to|needs to|need to) be (?:monetized|monetised|paid for|funded|financed)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:need|needed|require) (?:the )?(?:revenue|money|income|funding|funds) (?:from|to)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:need|have) to (?:charge|monetize|monetise|make money|earn)`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:to )?cover (?:the |our |my )?(?:app )?(?:development|costs?|expenses|servers?|hosting|support) (?:and \\w+ )?(?:costs?|price)?`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:as |we are |I am |we're |I'm )(?:an? )?(?:independent|indie|solo|small|volunteer|part[- ]time) (?:developers?|dev|team|studio|company|business)`,
      note: 'Small-team reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:don't|do not) (?:take|have|get) (?:any )?(?:investment|funding|investors|money) from`,
      note: 'Money reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are) (?:still )?(?:young|new|in (?:beta|development|its infancy|early stages)|a work in progress)`,
      note: 'Youth of the product offered as the reason.',
      source: SOURCE,
      notAfter: `(?:you|your|the customer)`,
    },
    {
      pattern: `(?:depends|depend|dependent) on (?:many|various|several|a (?:lot|number) of) (?:factors|things)`,
      note: 'A vague cause offered as the reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:needs?|requires?|has|have) (?:to be )?(?:developed|maintained|kept up|looked after)(?: and (?:developed|maintained|supported|updated))?|(?:development|upkeep) and (?:maintenance|support|hosting)`,
      note: 'The cost of building the product offered as the reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:avoided|resisted|held off|put off|delayed) (?:this|it|that|doing (?:this|it|that)|ads|charging|the change)(?: (?:decision|step|solution))? (?:for as long as|as long as)`,
      note: 'Reluctance offered in place of owning the change.',
      source: SOURCE,
    },
    {
      pattern: `(?:was|has been|is|been) (?:a |an )?(?:very |really )?(?:difficult|tough|hard|painful) (?:decision|choice|call) (?:for (?:us|me)|to make)`,
      note: 'How hard the decision was, offered in place of owning it.',
      source: SOURCE,
    },
  ],
);
