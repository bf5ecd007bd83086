/** Calmer and firmer rewrites. Phrase-level for now: each finding's replacement, applied with tidy spacing. */
import type { Analysis, EngineSettings, Finding, Rewrites } from './types';
import { CALM_CATEGORIES, FIRM_CATEGORIES } from './types';

/** Applies non-overlapping replacements right to left, then tidies the seams each one left. */
export function applyReplacements(text: string, findings: readonly Finding[]): string {
  const chosen: Finding[] = [];
  for (const f of [...findings].filter((f) => f.replacement !== undefined).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (chosen.length && f.start < chosen[chosen.length - 1].end) continue;
    chosen.push(f);
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const f = chosen[i];
    let start = f.start;
    let end = f.end;
    let rep = f.replacement!;
    const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(out.slice(0, start));
    if (rep === '') {
      // Take one side's space and a trailing comma with the deleted words.
      while (end < out.length && /[,;:]/.test(out[end])) end++;
      if (end < out.length && out[end] === ' ') end++;
      else if (start > 0 && out[start - 1] === ' ') start--;
    } else if (atSentenceStart) {
      rep = rep[0].toUpperCase() + rep.slice(1);
    }
    out = out.slice(0, start) + rep + out.slice(end);
    if (rep === '' && atSentenceStart) {
      // Capitalise what now starts the sentence.
      out = out.slice(0, start) + out.slice(start).replace(/^(\s*)(\p{Ll})/u, (_m, s: string, c: string) => s + c.toUpperCase());
    }
  }
  return out;
}

export function rewrite(text: string, analysis: Analysis, _settings: EngineSettings): Rewrites {
  const calm = analysis.findings.filter((f) => CALM_CATEGORIES.includes(f.category));
  const firm = analysis.findings.filter((f) => FIRM_CATEGORIES.includes(f.category) || CALM_CATEGORIES.includes(f.category));
  return { calmer: applyReplacements(text, calm), firmer: applyReplacements(text, firm) };
}
