/**
 * The tone model's weights as their own script: the coach loads it after its first analysis, so the
 * first focus of a reply box does not pay for them. It only hands the weights over; coach/index.ts checks them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import weights from '../rules/model/weights';

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoachToneWeights?: unknown }).__replyCoachToneWeights = weights;
});
