/** Measures the committed tone model (rules/model/weights.ts) as shipped: heat AUCs, politeness k-fold, agent replies. */
import { decodeAsset } from '../rules/model';
import committed from '../rules/model/weights';
import { printEvaluation } from './model/report';

const { status, model } = decodeAsset(committed);
if (!model) {
  console.error(`The committed tone model is ${status}: run npm run train.`);
  process.exit(1);
}
printEvaluation(null, model);
