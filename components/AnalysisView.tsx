import type { ComponentChildren } from 'preact';
import type { Analysis, Category, Finding, Situation } from '../rules/types';
import type { DiffPart } from '../rules/diff';
import { t, type MessageKey } from '../utils/i18n';
import { Diff } from './Diff';

export const categoryLabel = (c: Category) => t(`category_${c.replace('-', '_')}` as MessageKey);
export const situationLabel = (s: Situation) => t(`situation_${s.replace('-', '_')}` as MessageKey);

/** Both rewrites as word diffs, and why a rewrite is not offered (it would lose or invent a fact). */
export interface RewriteDiffs {
  calmer: DiffPart[];
  firmer: DiffPart[];
  notOffered?: { calmer?: string; firmer?: string };
}

export interface AnalysisViewProps {
  analysis: Pick<Analysis, 'findings' | 'checks' | 'situations' | 'advice' | 'skipped' | 'truncatedAt'>;
  diffs: RewriteDiffs;
  selected?: Finding;
  status?: string;
  /** Shown under the situation heading: the popup's picker. */
  situationControl?: ComponentChildren;
  onSelect?(f: Finding): void;
  onApply(kind: 'calmer' | 'firmer'): void;
  onCopy(kind: 'calmer' | 'firmer'): void;
  /** Shown after an Apply while the box holds something other than the draft: puts the draft back. */
  onRestore?(): void;
}

/** Findings grouped by category, the three checks, the situation with its advice, and both rewrites. Shared by the card and the popup. */
export function AnalysisView({ analysis, diffs, selected, status, situationControl, onSelect, onApply, onCopy, onRestore }: AnalysisViewProps) {
  const groups = new Map<Category, Finding[]>();
  for (const f of analysis.findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const c = analysis.checks;
  const changed = diffs.calmer.some((p) => p.kind !== 'same') || diffs.firmer.some((p) => p.kind !== 'same');
  const refused = diffs.notOffered ?? {};
  // A placeholder left in the box is unfinished work: say what to fill in before anything else.
  const unfinished = analysis.findings.filter((f) => f.category === 'unfinished');
  const check = (present: boolean, important: boolean | undefined, label: string) => (
    <li class={`${present ? 'yes' : 'no'}${important ? ' important' : ''}`}>
      <span class="sr-only">{present ? t('check_present') : t('check_missing')}</span>
      {label}
    </li>
  );
  return (
    <div class="analysis">
      {analysis.skipped === 'not-english' && <p class="note">{t('analysis_notEnglish')}</p>}
      {analysis.truncatedAt !== undefined && <p class="note">{t('analysis_truncated', analysis.truncatedAt.toLocaleString())}</p>}
      {unfinished.map((f) => (
        <p key={`fill-${f.start}`} class="note fill-in">
          {f.message}
        </p>
      ))}
      {analysis.findings.length === 0 && analysis.skipped !== 'not-english' && <p class="note">{t('analysis_clean')}</p>}
      {[...groups].map(([cat, list]) => (
        <section key={cat} class="group">
          <h3>
            {categoryLabel(cat)} <span class="count">{list.length}</span>
          </h3>
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
      <h3>{t('checks_heading')}</h3>
      <ul class="checks">
        {check(c.apology.present, c.apology.important, t('check_apology'))}
        {check(c.acknowledgement.present, c.acknowledgement.important, t('check_acknowledgement'))}
        {check(c.nextStep.present, c.nextStep.important, t('check_nextStep'))}
      </ul>
      {(analysis.situations.length > 0 || situationControl) && (
        <>
          <h3>{t('situation_heading')}</h3>
          {analysis.situations.length > 0 && <p class="situation">{analysis.situations.map(situationLabel).join(', ')}</p>}
          {situationControl}
          <ul class="advice">
            {analysis.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {refused.calmer && <p class="note not-offered">{refused.calmer}</p>}
      {refused.firmer && <p class="note not-offered">{refused.firmer}</p>}
      {changed && (
        <>
          <h3>{t('rewrite_calmer')}</h3>
          <div class="rewrite" data-kind="calmer">
            <Diff parts={diffs.calmer} />
          </div>
          <h3>{t('rewrite_firmer')}</h3>
          <div class="rewrite" data-kind="firmer">
            <Diff parts={diffs.firmer} />
          </div>
        </>
      )}
      <div class="actions">
        <button class="primary" disabled={!!refused.calmer} onClick={() => onApply('calmer')}>
          {t('action_applyCalmer')}
        </button>
        <button disabled={!!refused.firmer} onClick={() => onApply('firmer')}>
          {t('action_applyFirmer')}
        </button>
        <button onClick={() => onCopy('calmer')}>{t('action_copy')}</button>
        {onRestore && <button onClick={onRestore}>{t('action_restore')}</button>}
        <p class="status" role="status" aria-live="polite">
          {status ?? ''}
        </p>
      </div>
    </div>
  );
}
