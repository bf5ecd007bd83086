import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SITUATIONS } from '../../rules/types';
import { categoryLabel, situationLabel } from '../../components/AnalysisView';
import { t } from '../../utils/i18n';
import { clearInsights, loadInsights, mostCommon, observe, period, toCsv, watchInsights, type LoadedInsights, type Observation, type Period, type Topic } from '../../utils/insights';

const topicLabel = (topic: Topic): string =>
  ({
    delivery: t('topic_delivery'),
    refund: t('topic_refund'),
    damaged: t('topic_damaged'),
    billing: t('topic_billing'),
    account: t('topic_account'),
    quality: t('topic_quality'),
  })[topic];

function observationText(o: Observation): string {
  const who = situationLabel(o.situation);
  const trend =
    o.trend === 'doubled'
      ? t('insights_trendDoubled', who, o.thisWeek, o.lastWeek)
      : o.trend === 'up'
        ? t('insights_trendUp', who, o.thisWeek, o.lastWeek)
        : o.trend === 'down'
          ? t('insights_trendDown', who, o.thisWeek, o.lastWeek)
          : o.trend === 'steady'
            ? t('insights_trendSteady', who, o.thisWeek)
            : t('insights_trendNew', who, o.thisWeek);
  return o.topic ? `${trend} ${t('insights_topicMost', topicLabel(o.topic))}` : trend;
}

/** Drafts per day as bars, the heated part of each in the warning colour. Plain SVG. */
function Bars({ p, title }: { p: Period; title: string }) {
  const max = Math.max(1, ...p.days.map((d) => d.counts.drafts));
  const w = 300;
  const hgt = 80;
  const step = w / p.days.length;
  const bar = Math.max(2, step * 0.7);
  return (
    <svg class="chart" viewBox={`0 0 ${w} ${hgt + 14}`} role="img" aria-label={t('insights_chartLabel', title, p.total.drafts, p.total.heated)}>
      <line x1="0" y1={hgt} x2={w} y2={hgt} class="axis" />
      {p.days.map((d, i) => {
        const total = (d.counts.drafts / max) * hgt;
        const heated = (Math.min(d.counts.heated, d.counts.drafts) / max) * hgt;
        const x = i * step + (step - bar) / 2;
        return (
          <g key={d.key} data-day={d.key} data-drafts={d.counts.drafts}>
            <title>{t('insights_barTitle', d.key, d.counts.drafts, d.counts.heated)}</title>
            <rect x={x} y={hgt - total} width={bar} height={total} class="bar" />
            <rect x={x} y={hgt - heated} width={bar} height={heated} class="bar heated" />
          </g>
        );
      })}
      <text x="0" y={hgt + 12} class="tick">
        {p.days[0].key}
      </text>
      <text x={w} y={hgt + 12} class="tick" text-anchor="end">
        {p.days[p.days.length - 1].key}
      </text>
    </svg>
  );
}

function PeriodView({ p, title, id }: { p: Period; title: string; id: string }) {
  const situation = mostCommon(p.total.situations, SITUATIONS);
  const category = mostCommon(p.total.categories, CATEGORIES);
  return (
    <section aria-labelledby={id} class="period">
      <h3 id={id}>{title}</h3>
      <Bars p={p} title={title} />
      <dl class="totals">
        <dt>{t('insights_drafts')}</dt>
        <dd data-total="drafts">{p.total.drafts}</dd>
        <dt>{t('insights_heated')}</dt>
        <dd data-total="heated">{p.total.heated}</dd>
        <dt>{t('insights_calmed')}</dt>
        <dd data-total="calmed">{p.total.calmed}</dd>
        <dt>{t('insights_reviewed')}</dt>
        <dd data-total="reviewed">{p.total.reviewed}</dd>
        <dt>{t('insights_sentAnyway')}</dt>
        <dd data-total="sentAnyway">{p.total.sentAnyway}</dd>
        <dt>{t('insights_topSituation')}</dt>
        <dd data-total="situation">{situation ? `${situationLabel(situation)} (${p.total.situations[situation]})` : '—'}</dd>
        <dt>{t('insights_topCategory')}</dt>
        <dd data-total="category">{category ? `${categoryLabel(category)} (${p.total.categories[category]})` : '—'}</dd>
      </dl>
    </section>
  );
}

export function Insights() {
  const [loaded, setLoaded] = useState<LoadedInsights>();
  const [error, setError] = useState<string>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    let alive = true;
    const read = () =>
      loadInsights().then(
        (l) => alive && setLoaded(l),
        (e) => alive && setError(String(e)),
      );
    void read();
    const unwatch = watchInsights(() => void read());
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  if (!loaded) return <p aria-busy="true">{error ?? ''}</p>;
  const today = new Date();
  const week = period(loaded.data, today, 7);
  const month = period(loaded.data, today, 30);
  const o = observe(loaded.data, today);
  const download = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([toCsv(loaded.data)], { type: 'text/csv' }));
    a.download = 'reply-coach-insights.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <section aria-labelledby="insights" class="insights">
      <h2 id="insights">{t('insights_heading')}</h2>
      <p class="hint">{t('insights_hint')}</p>
      {loaded.setAsideOn && (
        <p class="error" role="alert">
          {t('insights_setAside', loaded.setAsideOn)}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="observation" data-testid="observation">
        {o ? observationText(o) : t('insights_nothingYet')}
      </p>
      <PeriodView p={week} title={t('insights_last7')} id="insights-7" />
      <PeriodView p={month} title={t('insights_last30')} id="insights-30" />
      <div class="actions">
        <button type="button" onClick={download}>
          {t('insights_export')}
        </button>
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
          {t('insights_clear')}
        </button>
      </div>
      <dialog ref={dialog} aria-labelledby="clear-insights-title">
        <h3 id="clear-insights-title">{t('insights_clearTitle')}</h3>
        <form method="dialog" class="actions">
          <button value="cancel" autofocus>
            {t('options_cancel')}
          </button>
          <button value="clear" class="danger" onClick={() => void clearInsights().catch((e) => setError(String(e)))}>
            {t('insights_clearConfirm')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
