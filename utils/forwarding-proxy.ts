/**
 * A stand-in for a library that is not there yet: calls go to the real one, which `real` returns when first
 * needed, and its methods are bound to it (compromise's static methods read `this`). Used where a build
 * loads compromise later than the engine's import of it (the coach's nlp.js, the CLI's lazy require).
 */
export function forwardingProxy<T extends object>(real: () => T): T {
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(function () {} as unknown as T, {
    apply: (_t, _this, args: unknown[]) => (real() as unknown as (...a: unknown[]) => unknown)(...args),
    get: (_t, key) => {
      const target = real() as unknown as Record<PropertyKey, unknown>;
      const value = target[key];
      if (typeof value !== 'function') return value;
      let fn = bound.get(key);
      if (!fn) bound.set(key, (fn = (value as (...a: unknown[]) => unknown).bind(target)));
      return fn;
    },
  });
}
