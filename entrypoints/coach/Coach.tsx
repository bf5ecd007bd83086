import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Finding } from '../../rules/types';
import { AnalysisView, categoryLabel } from '../../components/AnalysisView';
import { t } from '../../utils/i18n';
import { placeCard, visiblePart, type Box } from './placement';
import type { CardState, CardStore, FindingCard as FindingCardState } from './card-store';
import type { CardActions } from './card-actions';

type Actions = CardActions & { focusBefore(): void };

export interface CoachRootProps {
  store: CardStore;
  actions: Actions;
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** The buttons, links and tabs inside an element, in tab order. */
const focusables = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])')];

/** Keeps Tab and Shift+Tab inside `el` while it is open. */
function trapTab(e: KeyboardEvent, el: HTMLElement | null) {
  if (e.key !== 'Tab' || !el) return;
  const list = focusables(el);
  if (!list.length) return;
  const here = (el.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
  const i = here ? list.indexOf(here) : -1;
  const next = e.shiftKey ? (i <= 0 ? list[list.length - 1] : list[i - 1]) : i === -1 || i === list.length - 1 ? list[0] : list[i + 1];
  e.preventDefault();
  e.stopPropagation();
  next.focus();
}

/** Places a fixed element next to `anchor` from its natural size, inside the window, after each render. */
function usePlacement(ref: { current: HTMLElement | null }, anchor: Box | undefined, avoid?: Box, align: 'left' | 'right' = 'right') {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !anchor) return;
    el.style.maxHeight = 'none';
    el.style.height = 'auto';
    const place = placeCard(anchor, { width: el.offsetWidth, height: el.scrollHeight }, viewport(), avoid ? [avoid] : [], align);
    el.dataset.side = place.side;
    Object.assign(el.style, { left: `${place.left}px`, top: `${place.top}px`, width: `${place.width}px`, maxHeight: `${place.maxHeight}px` });
  });
}

/** Subscribes to the card store. */
function useCards(store: CardStore): CardState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}

/** The badge at the box's corner, the finding card, the panel and the tooltip for a hovered underline. */
export function CoachRoot({ store, actions }: CoachRootProps) {
  const s = useCards(store);
  if (!s.rect) return null;
  return (
    <div class="rc">
      <Badge s={s} actions={actions} />
      {s.card && !s.panel && <FindingCardView card={s.card} actions={actions} />}
      {s.panel && s.analysis && s.diffs && <Panel s={s} actions={actions} />}
      {s.tip && !s.card && !s.panel && <Tip tip={s.tip} />}
    </div>
  );
}

function badgeLabel(s: CardState) {
  const count = s.findings.length;
  if (s.checking) return t('badge_checking');
  return count === 0 ? t('badge_none') : count === 1 ? t('badge_one') : t('badge_many', count);
}

function Badge({ s, actions }: { s: CardState; actions: Actions }) {
  const ref = useRef<HTMLButtonElement>(null);
  // The badge sits in the corner of the part of the box on screen (a tall box may run past the window).
  const shown = visiblePart(s.rect!, viewport());
  const left = Math.max(4, Math.min(shown.right - 40, window.innerWidth - 44));
  const top = Math.max(4, Math.min(shown.bottom - 34, window.innerHeight - 32));
  const count = s.findings.length;
  const label = badgeLabel(s);
  useEffect(() => {
    if (s.focusBadge) ref.current?.focus();
  }, [s.focusBadge]);
  return (
    <>
      <button
        ref={ref}
        class="badge"
        // Outside the page's tab order: Shift+Tab from the box reaches it (keyboard.ts), Tab goes back.
        tabIndex={-1}
        data-count={String(count)}
        data-state={s.checking ? 'checking' : 'ready'}
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={s.panel ? 'true' : 'false'}
        aria-busy={s.checking ? 'true' : undefined}
        title={label}
        style={{ left: `${left}px`, top: `${top}px` }}
        onClick={actions.togglePanel}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && s.panel) {
            e.preventDefault();
            return actions.closePanel(true);
          }
          if (e.key !== 'Tab') return;
          e.preventDefault();
          if (e.shiftKey) actions.focusBefore();
          else actions.focusBox();
        }}
      >
        {s.checking ? <span class="spinner" aria-hidden="true" /> : count}
      </button>
      <span class="sr-only" role="status" aria-live="polite">
        {label}
      </span>
    </>
  );
}

function FindingCardView({ card, actions }: { card: FindingCardState; actions: Actions }) {
  const ref = useRef<HTMLDivElement>(null);
  const f: Finding = card.finding;
  usePlacement(ref, card.anchor, undefined, 'left');
  useLayoutEffect(() => {
    if (card.focus) ref.current?.querySelector<HTMLElement>('button:not(.close)')?.focus();
  }, [card]);
  const cat = categoryLabel(f.category);
  return (
    <div
      ref={ref}
      class="fcard"
      role="dialog"
      aria-label={t('fcard_label', cat)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          actions.closeCard(true);
        } else trapTab(e as unknown as KeyboardEvent, ref.current);
      }}
    >
      <div class="fhead">
        <span class={`dot sev-${f.severity}`} aria-hidden="true" />
        <strong>{cat}</strong>
        <button class="close" aria-label={t('action_close')} title={t('action_close')} onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </div>
      <p class="reason">{f.message}</p>
      {f.replacement !== undefined && (
        <button class="primary fix" onClick={() => void actions.fix(f)}>
          {f.replacement === '' ? t('fcard_remove', f.text) : t('fcard_replace', f.replacement)}
        </button>
      )}
      <div class="fmore">
        <button onClick={() => actions.dismiss(f)}>{t('fcard_dismiss')}</button>
        <button onClick={(e) => void actions.neverFlag(f, e.isTrusted)}>{t('fcard_neverFlag')}</button>
        <button onClick={(e) => void actions.turnOff(f.category, e.isTrusted)}>{t('fcard_turnOff', cat)}</button>
      </div>
    </div>
  );
}

function Panel({ s, actions }: { s: CardState; actions: Actions }) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(ref, s.rect, s.avoid);
  // Focus goes into the panel as it mounts, not after the next paint, so a Tab pressed at once lands inside.
  useLayoutEffect(() => {
    if (s.panelFocus) ref.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, []);
  const onTabKey = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = s.tab === 'rewrites' ? 'findings' : 'rewrites';
      actions.setTab(next);
      requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(`#rc-tab-${next}`)?.focus());
    }
  };
  const a = { ...s.analysis!, findings: [...s.findings] };
  const tab = (id: 'rewrites' | 'findings', label: string) => (
    <button
      id={`rc-tab-${id}`}
      role="tab"
      aria-selected={s.tab === id ? 'true' : 'false'}
      aria-controls="rc-tabpanel"
      tabIndex={s.tab === id ? 0 : -1}
      onClick={() => actions.setTab(id)}
      onKeyDown={onTabKey}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      class="card panel"
      role="dialog"
      aria-modal="true"
      aria-label={t('card_heading')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          actions.closePanel(true);
        } else trapTab(e as unknown as KeyboardEvent, ref.current);
      }}
    >
      <div class="phead">
        <h2>{t('card_heading')}</h2>
        <button class="close" aria-label={t('action_close')} title={t('action_close')} onClick={() => actions.closePanel(true)}>
          ×
        </button>
      </div>
      <div class="tabs" role="tablist" aria-label={t('card_heading')}>
        {tab('rewrites', t('tab_rewrites'))}
        {tab('findings', t('tab_findings', s.findings.length))}
      </div>
      <div class="pbody" id="rc-tabpanel" role="tabpanel" aria-labelledby={`rc-tab-${s.tab}`} tabIndex={0}>
        <AnalysisView
          analysis={a}
          diffs={s.diffs!}
          sections={s.tab === 'rewrites' ? ['rewrites'] : ['findings', 'checks', 'situation']}
          onSelect={(f) => actions.openCard(f)}
          onApply={actions.applyActive}
          onCopy={(k) => void actions.copy(k)}
        />
      </div>
      <div class="pfoot">
        <AnalysisView
          analysis={a}
          diffs={s.diffs!}
          sections={['actions']}
          status={s.status}
          onApply={actions.applyActive}
          onCopy={(k) => void actions.copy(k)}
          onRestore={s.canRestore ? () => void actions.restore() : undefined}
        />
      </div>
    </div>
  );
}

function Tip({ tip }: { tip: NonNullable<CardState['tip']> }) {
  const ref = useRef<HTMLDivElement>(null);
  // Below the pointer, kept inside the window (above it near the bottom edge).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(8, Math.min(tip.x + 12, window.innerWidth - width - 8));
    const top = tip.y + 16 + height > window.innerHeight - 8 ? Math.max(8, tip.y - 12 - height) : tip.y + 16;
    Object.assign(el.style, { left: `${left}px`, top: `${top}px` });
  });
  return (
    <div ref={ref} class="tip" role="tooltip">
      {tip.text}
    </div>
  );
}
