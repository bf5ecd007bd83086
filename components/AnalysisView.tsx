import type { Analysis, Finding } from '../rules/types';
import type { DiffPart } from '../rules/diff';
import { Diff } from './Diff';

const CATEGORY_LABEL: Record<string, string> = {
  caps: 'Shouting',
  exclamation: 'Stacked marks',
  defensive: 'Defensive',
  blame: 'Blaming',
  excuse: 'Excuses',
  sarcasm: 'Sarcasm',
  hostile: 'Hostile',
  'non-apology': 'Non-apology',
  'over-apology': 'Over-apologising',
  hedging: 'Hedging',
};

export interface AnalysisViewProps {
  analysis: Analysis;
  diffs: { calmer: DiffPart[]; firmer: DiffPart[] };
  selected?: Finding;
  status?: string;
  onSelect?(f: Finding): void;
  onApply(kind: 'calmer' | 'firmer'): void;
  onCopy(kind: 'calmer' | 'firmer'): void;
}

/** Findings grouped by category, the three checks, the situation with its advice, and both rewrites. Shared by the card and the popup. */
export function AnalysisView({ analysis, diffs, selected, status, onSelect, onApply, onCopy }: AnalysisViewProps) {
  const groups = new Map<string, Finding[]>();
  for (const f of analysis.findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const c = analysis.checks;
  const changed = diffs.calmer.some((p) => p.kind !== 'same') || diffs.firmer.some((p) => p.kind !== 'same');
  return (
    <div>
      {analysis.skipped === 'not-english' && <p>This draft does not read as English, so it is not judged.</p>}
      {analysis.truncatedAt !== undefined && <p>Only the first {analysis.truncatedAt.toLocaleString()} characters were checked.</p>}
      {analysis.findings.length === 0 && analysis.skipped !== 'not-english' && <p>Nothing reads badly. Nice and calm.</p>}
      {[...groups].map(([cat, list]) => (
        <section key={cat}>
          <h3>{CATEGORY_LABEL[cat] ?? cat}</h3>
          <ul>
            {list.map((f) => (
              <li key={`${f.start}-${f.rule}`}>
                <button class={`finding sev-${f.severity}`} aria-current={selected === f ? 'true' : undefined} onClick={() => onSelect?.(f)}>
                  <q>{f.text}</q>
                  <span class="why">{f.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h3>Checks</h3>
      <ul class="checks">
        <li class={`${c.apology.present ? 'yes' : 'no'}${c.apology.important ? ' important' : ''}`}>Genuine apology</li>
        <li class={`${c.acknowledgement.present ? 'yes' : 'no'}${c.acknowledgement.important ? ' important' : ''}`}>Acknowledges the feeling</li>
        <li class={`${c.nextStep.present ? 'yes' : 'no'}${c.nextStep.important ? ' important' : ''}`}>Next step</li>
      </ul>
      {analysis.situations.length > 0 && (
        <>
          <h3>Situation: {analysis.situations.join(', ')}</h3>
          <ul>
            {analysis.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {changed && (
        <>
          <h3>Calmer</h3>
          <div class="rewrite">
            <Diff parts={diffs.calmer} />
          </div>
          <h3>Firmer</h3>
          <div class="rewrite">
            <Diff parts={diffs.firmer} />
          </div>
        </>
      )}
      <div class="actions">
        <button class="primary" onClick={() => onApply('calmer')}>
          Apply calmer
        </button>
        <button onClick={() => onApply('firmer')}>Apply firmer</button>
        <button onClick={() => onCopy('calmer')}>Copy</button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}
