/**
 * Clause openings our own grammar hears as heat, by role, whether or not a rule flagged them: the rewrite
 * classifies sentences itself, with findings as the stronger signal. Each is anchored at a clause's start.
 */
import type { Role } from './sentence';

const A = "['’]";
/** A clause may open with a joiner before the cue ("and honestly…", "so nobody…"). */
const OPEN = String.raw`^(?:(?:and|but|so|because|though)[ \t]+)?`;

export const CUES: { role: Role; re: RegExp }[] = [
  {
    role: 'defensive',
    re: new RegExp(
      String.raw`${OPEN}(?:(?:it${A}s|that${A}s|this is|it is|that is) not (?:our|my) (?:fault|problem|app|issue|responsibility|doing)|(?:that${A}s|it${A}s) (?:impossible|not possible|your (?:bank|responsibility|problem|fault|issue|job))|(?:I|we) (?:never|don${A}t|do not) make mistakes|(?:I|we) (?:doubt|question) (?:that|it|this)|(?:I|we) find (?:that|this|it) hard to believe|(?:that|this|it) (?:doesn${A}t|does not) sound like (?:us|our|me)|are you sure|I${A}m not (?:a liar|lying|your)|(?:nobody|no one) (?:broke|damaged|lost|touched|else has (?:ever )?complained|has ever complained|(?:really )?(?:uses|needs|reads|cares about|wants|notices))|(?:it${A}s|that${A}s) not (?:fake|true|our (?:app|fault|problem))|our (?:staff|drivers|team|people) (?:are|is) (?:never|always|very careful)|(?:parcels|boxes|things|items) don${A}t just|(?:we|I) did(?: not|n${A}t) do anything wrong|(?:not (?:by |from |on )?us|not ours)\b|it works fine (?:on|for) (?:our|my|us|me)|(?:it${A}s|that${A}s) (?:probably |obviously |clearly )?your (?:device|phone|settings|connection|browser|wifi|internet)|(?:we|I) have (?:hundreds|thousands) of (?:five|5)[- ]star reviews|our sensors don${A}t lie|excuse me|we never said|(?:I|we)${A}ve had (?:loads|lots|plenty|hundreds|dozens|a lot) of (?:buyers|customers|people|guests|users) (?:try|pull|do|attempt))`,
      'i',
    ),
  },
  {
    role: 'blame',
    re: new RegExp(
      String.raw`${OPEN}(?:(?:that${A}s|it${A}s) (?:on you|your (?:own )?(?:fault|responsibility|mistake|problem))|you broke\b|blame (?:them|your|the)|next time (?:check|read|look|add|measure|use)|check your (?:bank|spam|address|email) before|you${A}re (?:just )?(?:impatient|wrong|confused)|you must have|maybe (?:check with|try being|the rain|your)\b|(?:did|have) you (?:not|even) (?:read|check|look|try|water)|did you not|you didn${A}t (?:even )?bother)`,
      'i',
    ),
  },
  {
    role: 'attack',
    re: new RegExp(
      String.raw`${OPEN}(?:watch your (?:language|tone|mouth)|(?:don${A}t|do not) talk to me like that|maybe try being|try being (?:polite|nice)|threats (?:won${A}t|will not) get you|insulting me (?:won${A}t|will not)|I won${A}t be spoken to like that|right back at you|go ahead(?=[ \t]*[,.!]|[ \t]+and (?:leave|post|file|open|dispute|report|sue|call|complain|write))|you${A}ll lose|post whatever you want|call your lawyer|tell whoever you like|do what you want|(?:I|we) don${A}t care|stop (?:threatening|emailing|messaging|complaining)|(?:it${A}s|that${A}s) (?:not (?:complicated|rocket science|hard)|blackmail|ridiculous|how (?:it|this|ios|android) works)|rules are rules|learn to read|simple as that|the price is the price|you get what you pay for|what did you expect|what exactly did you expect|if you hate us|everybody knows that|(?:I|we) can${A}t help it if|there${A}s nothing (?:we|I) can do|nothing we can do about it|we${A}re not a post office|I${A}m not (?:giving|refunding)|we${A}re not (?:giving|refunding)|you${A}re (?:threatening|harassing|abusing|blackmailing)|sorry to see you go,? I guess|just keep them,? I guess|deal with it|you${A}ll get used to it|just wait|that${A}s what you ordered|reviews aren${A}t for sale)\b`,
      'i',
    ),
  },
  {
    role: 'sarcasm',
    re: new RegExp(String.raw`${OPEN}(?:nice try|fine|charming|oops|funny|absolutely not|I guess|seriously|really|whatever|too bad|tough luck|wow|great|well|no|nope|so no|simple|period)(?=[ \t]*(?:[.!?,]|$))`, 'i'),
  },
  {
    role: 'excuse',
    re: new RegExp(
      String.raw`${OPEN}(?:(?:we${A}re|we are|I${A}m|I am) (?:just )?(?:a small (?:business|team|shop)|swamped|understaffed|so busy|very busy|fully booked and understaffed)|(?:we|I) get hundreds of|it${A}s been a busy|(?:friday nights|weekends|weekdays|mondays|holidays) are busy|(?:it${A}s|that${A}s) (?:out of (?:our|my) hands|a courier service)|we can${A}t work miracles|it${A}s not something (?:we|I) could have (?:prevented|avoided|controlled)|we do our best|(?:we|I) (?:can${A}t|cannot) guarantee anything|nobody can|couriers throw|the courier (?:must have|lost it|handles))`,
      'i',
    ),
  },
  {
    role: 'hedge',
    re: new RegExp(String.raw`${OPEN}(?:I${A}m not (?:totally |completely |entirely |really |100% )?sure|I${A}d have to check|maybe|perhaps|I think|it${A}s probably not possible|if (?:that${A}s|it${A}s) (?:ok(?:ay)?|alright|fine))(?=[ \t]*(?:[.!?,]|$))`, 'i'),
  },
  {
    role: 'non-apology',
    re: new RegExp(String.raw`${OPEN}(?:(?:I${A}m |I am )?sorry,? but|(?:I|we) apologi[sz]e if|sorry if)\b`, 'i'),
  },
  {
    role: 'grovel',
    re: new RegExp(
      String.raw`${OPEN}(?:please forgive (?:me|us)|(?:I|we) (?:feel|felt) (?:so |really |absolutely )?(?:terrible|awful|horrible|bad)|this is (?:so )?(?:awful|terrible|horrible)|just please|please (?:don${A}t|do not) (?:leave|file|open|post|raise|start) (?:a |an |the |any )?(?:bad |negative |1[- ]star |one[- ]star )?(?:review|dispute|case|claim|chargeback|complaint|rating)|(?:we${A}ll|we will|I${A}ll|I will) do (?:whatever|anything) you want)`,
      'i',
    ),
  },
];

/** Roles that are heat on their own: a draft with one has something to change even if no rule flagged it. */
export const HEATED_ROLES: readonly Role[] = ['attack', 'defensive', 'blame', 'excuse', 'sarcasm'];

/** The first cue heard at the start of a clause, if any. */
export function cueOf(clause: string): Role | undefined {
  const t = clause.trim();
  for (const c of CUES) if (c.re.test(t)) return c.role;
  return undefined;
}

/** The many-word cues, heard anywhere: a cut that glues a heated clause to another must not slip through. */
const LOOSE: RegExp[] = CUES.filter((c) => c.role !== 'sarcasm' && c.role !== 'hedge' && c.role !== 'non-apology').map(
  (c) => new RegExp(c.re.source.replace(/^\^\(\?:\(\?:and\|but\|so\|because\|though\)\[ \\t\]\+\)\?/, '\\b'), 'i'),
);
export const heardAnywhere = (text: string) => LOOSE.some((re) => re.test(text));

export const CUE_PATTERNS: RegExp[] = [...CUES.map((c) => c.re), ...LOOSE];
