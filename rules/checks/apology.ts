/** Does the reply genuinely apologise? Non-apologies ("sorry if you feel…") do not count. */
import { compileLexicon, matchLexicon, type LexiconEntry } from '../lexicon/matcher';

export const APOLOGY_ENTRIES: LexiconEntry[] = [
  { pattern: `(?:I'm|I am|we're|we are|I'm so|I'm very|I'm really|we're so|we're very|we're really) (?:(?:so|very|really|truly|terribly|deeply|sincerely) ){0,3}sorry` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:I|we|and) (?:sincerely |truly |do )?apologi[sz]ed?` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:my|our) (?:sincere |sincerest |deepest |humble )?apologies` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:please )?accept (?:my|our) (?:sincere |sincerest |deepest )?apolog(?:y|ies)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:(?:so|very|really|terribly|truly) ){0,3}sorry` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:please )?forgive (?:me|us)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:that's|that is|this is|it's|it is|it was|that was) (?:entirely |completely |totally )?(?:on (?:us|me)|(?:my|our) (?:fault|mistake|error|bad))` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:we|I) (?:take|accept) (?:full |complete |total |all )?(?:responsibility|accountability|ownership)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:was|is|were|are)(?: completely| entirely| totally| all)? (?:on (?:us|me|our side|our end)|(?:our|my) (?:fault|mistake|error|doing|oversight))` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:we|I) (?:messed|screwed|mucked) (?:\\w+ ){0,2}up|(?:we|I) (?:dropped the ball|let you down|fell short|got (?:it|this|that) wrong)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:we|I) (?:feel|felt) (?:\\w+ )?(?:awful|terrible|bad|dreadful|horrible) (?:about|that)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:we|I) (?:deeply |sincerely |truly |really )?regret (?:the|this|that|our|my|it|any|for)\\b` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:(?:incon\\w{0,10}|trouble|delay|mistake|error|lapse)(?: caused)?(?: to you)? (?:is |was |are |were )?(?:\\w+ly |highely )?regre{1,2}t{1,2}ed)|forgive (?:the|our|my|this) (?:delay|mistake|error|mix-up|oversight|trouble)` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
  { pattern: `(?:we|I) (?:messed|screwed) up|(?:we|I) (?:got|made) (?:it|this|that|a mistake|an error)(?: wrong)?|my bad` , note: 'Genuine apology or ownership of a mistake.', source: 'shared/LABELLING.md (checks: apology)' },
];

export const APOLOGY = compileLexicon(APOLOGY_ENTRIES);

/** Spans of apology wording in one sentence. */
export function apologySpans(text: string) {
  return matchLexicon(APOLOGY, text).map(({ start, end }) => ({ start, end }));
}
