/** Prints the tone model's measurements (used by `npm run train` and scripts/eval-model.ts). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LinearModel, type LinearWeights } from '../../rules/model/model';
import { CORPORA } from './data';
import { quantisedModel } from './encode';
import { agentReplyHeat, politenessKFold, sanity, unhealthyAucs } from './evaluate';

const f3 = (x: number) => x.toFixed(3);

export function printEvaluation(floatWeights: LinearWeights | null, shipped: LinearModel): void {
  const float = floatWeights ? new LinearModel(floatWeights) : null;
  if (existsSync(resolve(CORPORA, 'unhealthy-comments.val.csv'))) {
    const q = unhealthyAucs(shipped);
    const fl = float ? unhealthyAucs(float) : null;
    console.log(`\nunhealthy-comments.val.csv (${q.n} news comments; measurement only), ROC AUC, int8${fl ? ' (float)' : ''}:`);
    for (const a of Object.keys(q.heat)) {
      console.log(`  ${a.padEnd(15)} heat ${f3(q.heat[a])}${fl ? ` (${f3(fl.heat[a])})` : ''}   impolite ${f3(q.impoliteHead[a])}   max(heat, impolite) ${f3(q.heatOrImpolite[a])}`);
    }
    console.log('  targets: hostile >= 0.75 (one human annotator 0.76, a sentiment lexicon 0.59)');
  } else console.log('\nunhealthy-comments.val.csv not found: heat AUCs skipped.');

  const kq = politenessKFold({}, 10, undefined, quantisedModel);
  const kf = float ? politenessKFold({}, 10) : null;
  console.log(
    `\nPoliteness, impolite head, bottom vs top quartile, 10-fold (each fold scored by a model trained without it), int8${kf ? ' (float)' : ''}:\n` +
      `  pooled AUC ${f3(kq.pooled)}${kf ? ` (${f3(kf.pooled)})` : ''}, mean per fold ${f3(kq.mean)}, worst fold ${f3(kq.min)}, n=${kq.n}; target >= 0.80`,
  );

  if (existsSync(resolve(CORPORA, 'twitter-customer-care.dev.json'))) {
    for (const head of ['heat', 'impolite'] as const) {
      const a = agentReplyHeat(shipped, head);
      console.log(`\nAgent replies (twitter-customer-care.dev.json): ${a.replies} replies, ${a.sentences} sentences, per-sentence ${head}:`);
      console.log('  ' + Object.entries(a.sentencePercentiles).map(([k, v]) => `${k} ${f3(v)}`).join('  '));
      for (const t of a.thresholds) {
        console.log(`  flag a reply when a sentence's ${head} > ${f3(t.threshold)}: ${(t.flagged * 100).toFixed(2)}% of replies flagged (budget ${(t.share * 100).toFixed(1)}%)`);
      }
    }
  }

  console.log('\nSanity (sentences written for this check):');
  for (const s of sanity(shipped)) {
    console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.text.padEnd(64)} ${Object.entries(s.scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  ')}`);
  }
}
