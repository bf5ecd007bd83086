/** Flags arguing from a track record ("we have thousands of happy customers"): it tells this customer their problem doesn't count. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'defensive-track-record',
    category: 'defensive',
    severity: 'high',
    message: "Pointing to other happy customers tells this one their problem doesn't count; deal with their case.",
  },
  [
    { pattern: `(?:we|I)(?: have|'ve|'ve had| have had) (?:thousands|hundreds|millions|lots|plenty|tons) of (?:happy|satisfied|repeat|other) (?:customers|buyers|clients|reviews)` },
    { pattern: `(?:we|I)(?: have|'ve) (?:never|not) had (?:a|any|one) (?:single )?(?:complaint|problem|issue|return)s?(?: before| until now)?` },
    { pattern: `(?:no (?:one|other customer|other buyer)|nobody) else(?: has|'s) (?:ever )?(?:complained|had (?:a|this|that|any) (?:problem|issue))` },
    { pattern: `you(?:'re| are) the (?:only|first) (?:one|customer|person|buyer) (?:to|who|that)(?: has| 's)? (?:complain|complained|had|has|ever)` },
    { pattern: `(?:this|that)(?: has|'s) never happened (?:before|to us|with any other (?:customer|order|buyer))` },
    { pattern: `(?:we|I)(?:'ve| have) been (?:doing this|in business|selling) for (?:\\d+|many|over \\d+|years|decades)(?: years)?` },
  ],
);
