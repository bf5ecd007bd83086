/** The three checks' lexicons, for tests that inspect every pattern the engine runs. */
import { entryRegexes } from '../lexicon/matcher';
import { APOLOGY } from './apology';
import { ACKNOWLEDGEMENT } from './acknowledgement';
import { NEXT_STEP_ACTS, NEXT_STEP_ASKS, VAGUE, NEXT_STEP_PATTERNS } from './next-step';

export const CHECK_PATTERNS: RegExp[] = [...[APOLOGY, ACKNOWLEDGEMENT, NEXT_STEP_ACTS, NEXT_STEP_ASKS, VAGUE].flatMap(entryRegexes), ...NEXT_STEP_PATTERNS];
