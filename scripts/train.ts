/**
 * npm run train: trains the tone model from ../shared/corpora/train and the politeness corpus, writes
 * rules/model/weights.ts, and prints its measurements before and after int8 quantisation. Deterministic:
 * the same data gives a byte-identical weights file. `--no-eval` skips the measurements.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPORA, POLITENESS_FILE, TRAIN_FILES, requireCorpora, trainingExamples } from './model/data';
import { DEFAULT_OPTIONS, train } from './model/trainer';
import { assetModule, quantise, quantisedModel } from './model/encode';
import { printEvaluation } from './model/report';

const OUT = resolve(__dirname, '../rules/model/weights.ts');

try {
  requireCorpora();
} catch (e) {
  console.error(String((e as Error).message));
  process.exit(1);
}

const started = performance.now();
const examples = trainingExamples();
const weights = train(examples);
const asset = quantise(weights);
const digest = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 16);
const files = [...TRAIN_FILES.map((f) => `train/${f}`), POLITENESS_FILE];
const { epochs, rate, l2, seed, balance, sourceBias, minDf, budget } = DEFAULT_OPTIONS;
const provenance = [
  `Trained on ${examples.length} texts; ${asset.count} features kept; options ${JSON.stringify({ epochs, rate, l2, seed, balance, sourceBias, minDf, budget })}.`,
  ...files.map((f) => `${f} sha256:${digest(resolve(CORPORA, f))}`),
].join('\n');
const module = assetModule(asset, provenance);
const before = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
writeFileSync(OUT, module);
console.log(
  `Trained ${weights.heads.join(', ')} on ${examples.length} texts in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `wrote ${OUT} (${(Buffer.byteLength(module) / 1024).toFixed(1)} KB, checksum ${asset.checksum}${before === module ? ', unchanged' : ''}).`,
);

if (!process.argv.includes('--no-eval')) printEvaluation(weights, quantisedModel(weights));
