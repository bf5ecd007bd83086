/** The engine's defaults. The extension's stored settings (utils/settings.ts) extend these. */
import { CATEGORIES, type Category, type EngineSettings } from './types';

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  sensitivity: 'standard',
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  ignoreWords: [],
  customPhrases: [],
  policies: {},
};

/** Full settings per caller's object, so the same settings keep one identity (and the engine's compiled custom phrases) across keystrokes. */
const completed = new WeakMap<Partial<EngineSettings>, EngineSettings>();

export function engineSettings(partial?: Partial<EngineSettings>): EngineSettings {
  if (!partial) return DEFAULT_ENGINE_SETTINGS;
  let full = completed.get(partial);
  if (!full) {
    full = {
      ...DEFAULT_ENGINE_SETTINGS,
      ...partial,
      categories: { ...DEFAULT_ENGINE_SETTINGS.categories, ...(partial.categories ?? {}) },
      policies: { ...(partial.policies ?? {}) },
    };
    completed.set(partial, full);
  }
  return full;
}
