/**
 * The coach build's stand-in for `compromise/two` (wxt.config.ts points rules/nlp.ts's import here): the
 * real one arrives as nlp.js, which coach/index.ts loads before the engine's first use.
 */
import type nlpType from 'compromise/two';

const real = (): typeof nlpType => {
  const nlp = (globalThis as { __replyCoachNlp?: typeof nlpType }).__replyCoachNlp;
  if (!nlp) throw new Error('nlp.js is not loaded');
  return nlp;
};

/** compromise's static methods (parseMatch, model, world) read `this`, so each is bound to the real one. */
const bound = new Map<PropertyKey, unknown>();
const nlp = new Proxy(function () {} as unknown as typeof nlpType, {
  apply: (_t, _this, args: unknown[]) => (real() as unknown as (...a: unknown[]) => unknown)(...args),
  get: (_t, key) => {
    const n = real() as unknown as Record<PropertyKey, unknown>;
    const value = n[key];
    if (typeof value !== 'function') return value;
    let fn = bound.get(key);
    if (!fn) bound.set(key, (fn = (value as (...a: unknown[]) => unknown).bind(n)));
    return fn;
  },
});

export default nlp;
