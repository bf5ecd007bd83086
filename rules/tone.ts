/** Where a draft sits on two scales, read from its findings and the tone model: calm to heated, and firm to pushover. */
import type { Analysis, Finding, Severity, Tone } from './types';
import { CALM_CATEGORIES, FIRM_CATEGORIES } from './types';
import type { ToneScores } from './model';

export type { Tone } from './types';

const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Saturating, so one stray "!!" nudges the meter and a string of insults fills it. */
const scale = (weight: number, half: number) => 1 - 2 ** (-weight / half);

/** The model's heat below this reads as calm (on real agent replies the median sentence scores about 0.12 and 95% stay under 0.33); above the top it is plainly hostile. */
const MODEL_CALM = 0.3;
const MODEL_HOT = 0.8;

export function toneOf(findings: readonly Finding[], scores: readonly (ToneScores | null)[] = []): Tone {
  let heat = 0;
  let soft = 0;
  for (const f of findings) {
    if (CALM_CATEGORIES.includes(f.category)) heat += WEIGHT[f.severity];
    else if (FIRM_CATEGORIES.includes(f.category)) soft += WEIGHT[f.severity];
  }
  // The hottest sentence, as the model hears it, on the same 0..1 scale.
  const hottest = Math.max(0, ...scores.map((s) => s?.heat ?? 0));
  const model = Math.min(1, Math.max(0, (hottest - MODEL_CALM) / (MODEL_HOT - MODEL_CALM)));
  const rules = scale(heat, 3);
  return { heat: 1 - (1 - rules) * (1 - model), pushover: scale(soft, 3) };
}

/** The Analysis's tone; for an older or hand-made Analysis without one, read from its findings alone. */
export function tone(analysis: Pick<Analysis, 'findings'> & Partial<Pick<Analysis, 'tone'>>): Tone {
  return analysis.tone ?? toneOf(analysis.findings);
}
