/** The three checks' lexicons, for tests that inspect every pattern the engine runs. */
import { entryRegexes } from '../lexicon/matcher';
import { APOLOGY } from './apology';
import { ACKNOWLEDGEMENT } from './acknowledgement';
import { NEXT_STEP, VAGUE, NEXT_STEP_PATTERNS } from './next-step';

export const CHECK_PATTERNS: RegExp[] = [...[APOLOGY, ACKNOWLEDGEMENT, NEXT_STEP, VAGUE].flatMap(entryRegexes), ...NEXT_STEP_PATTERNS];
