/** The engine's defaults. The extension's stored settings (utils/settings.ts) extend these. */
import { CATEGORIES, type Category, type EngineSettings } from './types';

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  sensitivity: 'standard',
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  ignoreWords: [],
  customPhrases: [],
  policies: {},
};

export function engineSettings(partial?: Partial<EngineSettings>): EngineSettings {
  if (!partial) return DEFAULT_ENGINE_SETTINGS;
  return {
    ...DEFAULT_ENGINE_SETTINGS,
    ...partial,
    categories: { ...DEFAULT_ENGINE_SETTINGS.categories, ...(partial.categories ?? {}) },
    policies: { ...(partial.policies ?? {}) },
  };
}
