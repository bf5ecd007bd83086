import type { ComponentChildren } from 'preact';
import type { Analysis, Category, Finding, Situation } from '../rules/types';
import type { DiffPart } from '../rules/diff';
import { t, type MessageKey } from '../utils/i18n';
import { Diff } from './Diff';
import { dedupeAdvice } from './advice';

export type Section = 'findings' | 'checks' | 'situation' | 'rewrites' | 'actions';
const ALL: readonly Section[] = ['findings', 'checks', 'situation', 'rewrites', 'actions'];

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
  /** The parts to show (all by default): the in-page panel splits them into tabs and a footer. */
  sections?: readonly Section[];
}

/** Findings grouped by category, the three checks, the situation with its advice, and both rewrites. Shared by the card and the popup. */
export function AnalysisView({ analysis, diffs, selected, status, situationControl, onSelect, onApply, onCopy, onRestore, sections = ALL }: AnalysisViewProps) {
  const show = (x: Section) => sections.includes(x);
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
      {show('findings') && analysis.skipped === 'not-english' && <p class="note">{t('analysis_notEnglish')}</p>}
      {show('findings') && analysis.truncatedAt !== undefined && <p class="note">{t('analysis_truncated', analysis.truncatedAt.toLocaleString())}</p>}
      {(show('findings') || show('rewrites')) &&
        unfinished.map((f) => (
          <p key={`fill-${f.start}`} class="note fill-in">
            {f.message}
          </p>
        ))}
      {show('findings') && analysis.findings.length === 0 && analysis.skipped !== 'not-english' && <p class="note">{t('analysis_clean')}</p>}
      {show('findings') && [...groups].map(([cat, list]) => (
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
      {show('checks') && (
        <>
          <h3>{t('checks_heading')}</h3>
          <ul class="checks">
            {check(c.apology.present, c.apology.important, t('check_apology'))}
            {check(c.acknowledgement.present, c.acknowledgement.important, t('check_acknowledgement'))}
            {check(c.nextStep.present, c.nextStep.important, t('check_nextStep'))}
          </ul>
        </>
      )}
      {show('situation') && (analysis.situations.length > 0 || situationControl) && (
        <>
          <h3>{t('situation_heading')}</h3>
          {analysis.situations.length > 0 && <p class="situation">{analysis.situations.map(situationLabel).join(', ')}</p>}
          {situationControl}
          <ul class="advice">
            {dedupeAdvice(analysis.advice).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {show('rewrites') && refused.calmer && <p class="note not-offered">{refused.calmer}</p>}
      {show('rewrites') && refused.firmer && <p class="note not-offered">{refused.firmer}</p>}
      {show('rewrites') && !changed && <p class="note">{t('rewrite_none')}</p>}
      {show('rewrites') && changed && (
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
      {show('actions') && (
        <div class="actions">
          {/* A Copy for each rewrite, beside its Apply. */}
          <span class="pair" role="group" aria-label={t('rewrite_calmer')}>
            <button class="primary" disabled={!!refused.calmer} onClick={() => onApply('calmer')}>
              {t('action_applyCalmer')}
            </button>
            <button aria-label={t('action_copyCalmer')} onClick={() => onCopy('calmer')}>
              {t('action_copy')}
            </button>
          </span>
          <span class="pair" role="group" aria-label={t('rewrite_firmer')}>
            <button disabled={!!refused.firmer} onClick={() => onApply('firmer')}>
              {t('action_applyFirmer')}
            </button>
            <button aria-label={t('action_copyFirmer')} onClick={() => onCopy('firmer')}>
              {t('action_copy')}
            </button>
          </span>
          {onRestore && <button onClick={onRestore}>{t('action_restore')}</button>}
          <p class="status" role="status" aria-live="polite">
            {status ?? ''}
          </p>
        </div>
      )}
    </div>
  );
}
