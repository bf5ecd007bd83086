import { SITUATIONS, type Situation } from '../rules/types';
import { t } from '../utils/i18n';
import { situationLabel } from './AnalysisView';

/** Override the situation read from the customer's message, e.g. to mark a customer as dishonest. */
export function SituationPicker({ detected, override, onChange }: { detected: Situation[]; override: Situation[] | null; onChange(next: Situation[] | null): void }) {
  const current = override ?? detected;
  const toggle = (s: Situation) => onChange(current.includes(s) ? current.filter((x) => x !== s) : [...current, s]);
  return (
    <fieldset class="situations">
      <legend>{t('situation_pickerLegend')}</legend>
      {SITUATIONS.map((s) => (
        <label key={s} class="chip">
          <input type="checkbox" checked={current.includes(s)} onChange={() => toggle(s)} />
          {situationLabel(s)}
          {detected.includes(s) && <span class="hint"> {t('situation_detected')}</span>}
        </label>
      ))}
      {override && (
        <button type="button" class="link" onClick={() => onChange(null)}>
          {t('situation_useDetected')}
        </button>
      )}
    </fieldset>
  );
}
