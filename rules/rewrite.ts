/** Calmer and firmer rewrites. Phrase-level for now: each finding's replacement, applied with tidy spacing. */
import type { Analysis, EngineSettings, Finding, Rewrites } from './types';
import { CALM_CATEGORIES, FIRM_CATEGORIES } from './types';

const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*)$/;

/** Applies non-overlapping replacements in one left-to-right pass, tidying the seams deletions leave. */
export function applyReplacements(text: string, findings: readonly Finding[]): string {
  const chosen: Finding[] = [];
  for (const f of [...findings].filter((f) => f.replacement !== undefined).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (chosen.length && f.start < chosen[chosen.length - 1].end) continue;
    chosen.push(f);
  }
  const parts: string[] = [];
  let pos = 0;
  let capitaliseNext = false;
  const emit = (s: string) => {
    if (capitaliseNext && /\S/.test(s)) {
      s = s.replace(/^(\s*)(\p{Ll})/u, (_m, sp: string, c: string) => sp + c.toUpperCase());
      capitaliseNext = false;
    }
    parts.push(s);
  };
  for (const f of chosen) {
    let start = f.start;
    let end = f.end;
    const rep = f.replacement!;
    const atSentenceStart = SENTENCE_START.test(text.slice(Math.max(0, start - 4), start)) || (start < 4 && /^\s*$/.test(text.slice(0, start)));
    if (rep === '') {
      // Take one side's space and a trailing comma with the deleted words.
      while (end < text.length && /[,;:]/.test(text[end])) end++;
      if (end < text.length && text[end] === ' ') end++;
      else if (start > pos && text[start - 1] === ' ') start--;
      emit(text.slice(pos, start));
      if (atSentenceStart) capitaliseNext = true;
    } else {
      emit(text.slice(pos, start));
      emit(atSentenceStart ? rep[0].toUpperCase() + rep.slice(1) : rep);
    }
    pos = end;
  }
  emit(text.slice(pos));
  return parts.join('');
}

export function rewrite(text: string, analysis: Analysis, _settings: EngineSettings): Rewrites {
  const calm = analysis.findings.filter((f) => CALM_CATEGORIES.includes(f.category));
  const firm = analysis.findings.filter((f) => FIRM_CATEGORIES.includes(f.category) || CALM_CATEGORIES.includes(f.category));
  return { calmer: applyReplacements(text, calm), firmer: applyReplacements(text, firm) };
}
