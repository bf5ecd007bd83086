/** Where a draft sits on two scales, read from its findings: calm to heated, and firm to pushover. */
import type { Analysis, Severity } from './types';
import { CALM_CATEGORIES, FIRM_CATEGORIES } from './types';

const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

export interface Tone {
  /** 0 calm .. 1 heated. */
  heat: number;
  /** 0 firm .. 1 pushover. */
  pushover: number;
}

/** Saturating, so one stray "!!" nudges the meter and a string of insults fills it. */
const scale = (weight: number, half: number) => 1 - 2 ** (-weight / half);

export function tone(analysis: Pick<Analysis, 'findings'>): Tone {
  let heat = 0;
  let soft = 0;
  for (const f of analysis.findings) {
    if (CALM_CATEGORIES.includes(f.category)) heat += WEIGHT[f.severity];
    else if (FIRM_CATEGORIES.includes(f.category)) soft += WEIGHT[f.severity];
  }
  return { heat: scale(heat, 3), pushover: scale(soft, 3) };
}
