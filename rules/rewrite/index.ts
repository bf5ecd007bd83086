/** rewrite(analysis, mode): structure, sentence roles, calmer, firmer. See compose.ts for the order. */
import type { DiffPart } from '../diff';
import { SENTENCE_PATTERNS } from './sentence';
import { FAULT_PATTERNS, PROBLEM_PATTERNS } from './problem';
import { PROSE_PATTERNS } from './prose';
import { STRUCTURE_PATTERNS } from './structure';
import { CUE_PATTERNS } from './cues';
import { COMPOSE_PATTERNS, PLACEHOLDER, type RewriteChange } from './compose';

export { compose, factGuard, FIXED, PLACEHOLDER, PLACEHOLDER_NEXT_STEP, type RewriteChange, type RewriteResult } from './compose';
export { proseProblems } from './prose';
export { structure } from './structure';
export { businessAtFault, customerProblem } from './problem';

/** Every pattern the rewrite runs, for the ReDoS test. */
export const REWRITE_PATTERNS: RegExp[] = [...SENTENCE_PATTERNS, ...CUE_PATTERNS, ...PROBLEM_PATTERNS, ...FAULT_PATTERNS, ...PROSE_PATTERNS, ...COMPOSE_PATTERNS, ...STRUCTURE_PATTERNS, PLACEHOLDER];

/** A word diff with each change's reason: which finding (or which missing part) caused it. */
export function explainDiff(parts: readonly DiffPart[], changes: readonly RewriteChange[]): DiffPart[] {
  let before = 0;
  let after = 0;
  return parts.map((p) => {
    const len = p.text.length;
    let why: string | undefined;
    if (p.kind === 'removed') {
      why = changes.find((c) => c.from && c.from.start < before + len && before < c.from.end)?.why;
      before += len;
    } else if (p.kind === 'added') {
      why = changes.find((c) => c.to && c.to.start < after + len && after < c.to.end)?.why;
      if (!why) why = changes.find((c) => c.to && c.to.start === c.to.end && c.to.start >= after && c.to.start <= after + len)?.why;
      after += len;
    } else {
      before += len;
      after += len;
    }
    return why ? { ...p, why } : p;
  });
}
