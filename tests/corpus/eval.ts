/**
 * npm run eval: the engine measured on our labelled real replies (development and held-out splits), on
 * labelled customer turns, and heat on rude versus civil text. Prints tables; writes bench-results/eval.json.
 */
import '../../rules/model/bundled';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, tone, CALM_CATEGORIES } from '../../rules';
import { labelledReplies, labelledTurns, LABELLED_FLAGS, CHECK_NAMES, LABELLED_SITUATIONS, type Split } from './labels';
import { measureReplies, measureSituations, rocAuc } from './measure';
import { agentReplies, politenessRequests, unhealthyComments } from './corpora';
import { politenessKFold } from '../../scripts/model/evaluate';

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : (100 * x).toFixed(1).padStart(5));
const out: Record<string, unknown> = {};

for (const split of ['dev', 'held-out'] as Split[]) {
  const replies = labelledReplies(split);
  const r = measureReplies(replies);
  console.log(`\n## Replies to reviews, ${split} split (${replies.length} labelled replies)\n`);
  console.log('category       support   precision  recall    F1');
  for (const f of LABELLED_FLAGS) {
    const s = r.categories[f];
    if (!s.support && !s.fp) continue;
    console.log(`${f.padEnd(14)} ${String(s.support).padStart(7)}   ${pct(s.precision)}%    ${pct(s.recall)}%   ${s.f1.toFixed(2)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  console.log(`macro-F1 over ${r.macroOver.join(', ')}: ${r.macroF1.toFixed(3)}`);
  console.log(`checks accuracy: ${CHECK_NAMES.map((c) => `${c} ${pct(r.checks[c])}%`).join(', ')}`);
  const turns = labelledTurns(split);
  const s = measureSituations(turns);
  console.log(`situations (${turns.length} customer turns): ${LABELLED_SITUATIONS.map((k) => `${k} ${pct(s[k].accuracy)}% (n ${s[k].support}, fp ${s[k].fp}, fn ${s[k].fn})`).join('; ')}`);
  out[split] = { replies: r, situations: s };
}

const heat = (text: string) => tone(analyze(text)).heat;
{
  const comments = unhealthyComments();
  const scores = comments.map((c) => heat(c.comment));
  const aucs = Object.fromEntries(['hostile', 'condescending', 'sarcastic', 'dismissive', 'antagonize'].map((k) => [k, rocAuc(scores, comments.map((c) => c.labels[k] === 1))]));
  console.log(`\n## Heat on unhealthy-comments.val.csv (${comments.length} comments): ROC AUC ${Object.entries(aucs).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
  out.unhealthy = aucs;
}
{
  const reqs = politenessRequests();
  const sorted = reqs.map((r) => r.score).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)];
  const q3 = sorted[Math.floor((3 * sorted.length) / 4)];
  const ends = reqs.filter((r) => r.score <= q1 || r.score >= q3);
  const auc = rocAuc(ends.map((r) => heat(r.text)), ends.map((r) => r.score <= q1));
  console.log(`## Heat on the politeness corpus, bottom vs top quartile (${ends.length} requests): ROC AUC ${auc.toFixed(3)} (shipped model, which learned from these requests)`);
  // The honest figure: each fold scored by the impolite head trained without it.
  const k = politenessKFold();
  console.log(`## Politeness, 10-fold (each fold scored by a model trained without it): impolite-head ROC AUC ${k.pooled.toFixed(3)} (worst fold ${k.min.toFixed(3)})`);
  out.politeness = { shippedModelAuc: auc, kFoldAuc: k.pooled };
}
{
  const replies = agentReplies();
  const flagged = replies.filter((t) => analyze(t).findings.some((f) => CALM_CATEGORIES.includes(f.category))).length;
  console.log(`## Agent replies (twitter-customer-care.dev.json): ${flagged}/${replies.length} = ${pct(flagged / replies.length)}% flagged in calm categories`);
  out.agentReplies = { flagged, total: replies.length };
}
mkdirSync(resolve(__dirname, '../../bench-results'), { recursive: true });
writeFileSync(resolve(__dirname, '../../bench-results/eval.json'), JSON.stringify(out, null, 2));
