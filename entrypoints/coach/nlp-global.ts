/**
 * The coach build's stand-in for `compromise/two` (wxt.config.ts points rules/nlp.ts's import here): the
 * real one arrives as nlp.js, which coach/index.ts loads before the engine's first use.
 */
import type nlpType from 'compromise/two';
import { forwardingProxy } from '../../utils/forwarding-proxy';

const real = (): typeof nlpType => {
  const nlp = (globalThis as { __replyCoachNlp?: typeof nlpType }).__replyCoachNlp;
  if (!nlp) throw new Error('nlp.js is not loaded');
  return nlp;
};

export default forwardingProxy(real);
