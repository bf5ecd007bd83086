/** Loads the engine once, on demand, from the extension's own engine.js (no network). */
import type { Engine } from '../engine';

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= (async () => {
    const g = globalThis as { __replyCoachEngine?: Engine };
    if (!g.__replyCoachEngine) await import(/* @vite-ignore */ browser.runtime.getURL('/engine.js'));
    if (!g.__replyCoachEngine) throw new Error('Reply Coach: the engine did not load');
    return g.__replyCoachEngine;
  })();
  return loading;
}
