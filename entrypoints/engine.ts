/**
 * The engine as its own file, loaded by the content script on first focus of a reply box,
 * so pages without one never pay for compromise and the rules.
 */
import { analyze, wordDiff } from '../rules';

export type Engine = { analyze: typeof analyze; wordDiff: typeof wordDiff };

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoachEngine?: Engine }).__replyCoachEngine = { analyze, wordDiff };
});
