import type { Tone } from '../rules/tone';
import { t } from '../utils/i18n';

function Meter({ value, low, high, label }: { value: number; low: string; high: string; label: string }) {
  const pct = Math.round(value * 100);
  return (
    <div class="meter">
      <div class="meter-ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
      <div class="meter-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${pct}% ${high}`}>
        <div class="meter-fill" style={{ width: `${Math.max(pct, 3)}%` }} data-level={pct < 20 ? 'ok' : pct < 55 ? 'warn' : 'bad'} />
      </div>
    </div>
  );
}

/** Calm to heated, firm to pushover. */
export function ToneMeter({ tone }: { tone: Tone }) {
  return (
    <div class="tone">
      <Meter value={tone.heat} low={t('tone_calm')} high={t('tone_heated')} label={t('tone_heatLabel')} />
      <Meter value={tone.pushover} low={t('tone_firm')} high={t('tone_pushover')} label={t('tone_pushoverLabel')} />
    </div>
  );
}
