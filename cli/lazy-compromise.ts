/**
 * The CLI build's stand-in for `compromise` (scripts/build-cli.mjs points rules/nlp.ts's import here).
 * compromise's lexicon is most of the CLI's start-up, and the rules parse a sentence only when a cheap
 * pattern hit asks for it, so most replies never need it: it loads on the first call, not at start-up.
 * The engine's code is unchanged; in the browser and in tests it imports compromise directly.
 */
import type nlpType from 'compromise/two';
import { forwardingProxy } from '../utils/forwarding-proxy';

declare const require: (id: string) => { default?: typeof nlpType };

let real: typeof nlpType | undefined;
let loadedAt: number | undefined;

function load(): typeof nlpType {
  if (!real) {
    // Bundled by esbuild as a lazily evaluated module: nothing of it runs until this line does.
    const mod = require('compromise/two');
    real = mod.default ?? (mod as unknown as typeof nlpType);
    loadedAt = performance.now();
  }
  return real;
}

/** When compromise was loaded (ms since start), or undefined if no reply needed it. */
export const compromiseLoadedAt = () => loadedAt;

export default forwardingProxy(load);
