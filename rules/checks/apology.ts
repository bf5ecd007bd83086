/** Does the reply genuinely apologise? Non-apologies ("sorry if you feel…") do not count. */
import { compileLexicon, matchLexicon, type LexiconEntry } from '../lexicon/matcher';

export const APOLOGY_ENTRIES: LexiconEntry[] = [
  { pattern: `(?:I'm|I am|we're|we are|I'm so|I'm very|I'm really|we're so|we're very|we're really) (?:(?:so|very|really|truly|terribly|deeply|sincerely) ){0,3}sorry` },
  { pattern: `(?:I|we) (?:sincerely |truly |do )?apologi[sz]e` },
  { pattern: `(?:my|our) (?:sincere |sincerest |deepest |humble )?apologies` },
  { pattern: `(?:please )?accept (?:my|our) (?:sincere |sincerest |deepest )?apolog(?:y|ies)` },
  { pattern: `(?:(?:so|very|really|terribly|truly) ){0,3}sorry` },
  { pattern: `(?:please )?forgive (?:me|us)` },
  { pattern: `(?:that's|that is|this is|it's|it is|it was|that was) (?:entirely |completely |totally )?(?:on (?:us|me)|(?:my|our) (?:fault|mistake|error|bad))` },
  { pattern: `(?:we|I) (?:take|accept) (?:full |complete |total |all )?(?:responsibility|accountability|ownership)` },
  { pattern: `(?:we|I) (?:messed|screwed) up|(?:we|I) (?:got|made) (?:it|this|that|a mistake|an error)(?: wrong)?|my bad` },
];

export const APOLOGY = compileLexicon(APOLOGY_ENTRIES);

/** Spans of apology wording in one sentence. */
export function apologySpans(text: string) {
  return matchLexicon(APOLOGY, text).map(({ start, end }) => ({ start, end }));
}
