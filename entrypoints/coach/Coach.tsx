import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Analysis, Finding } from '../../rules/types';
import { AnalysisView, type RewriteDiffs } from '../../components/AnalysisView';
import { t } from '../../utils/i18n';
import { placeCard, visiblePart } from './placement';

export interface CoachProps {
  rect: DOMRect;
  analysis?: Analysis;
  diffs?: RewriteDiffs;
  open: boolean;
  selected?: Finding;
  status?: string;
  tip?: { x: number; y: number; text: string };
  onToggle(): void;
  onClose(): void;
  onSelect(f: Finding): void;
  onApply(kind: 'calmer' | 'firmer'): void;
  onCopy(kind: 'calmer' | 'firmer'): void;
  onRestore?(): void;
}

/** The badge at the box's corner, its card, and the tooltip for a hovered underline. */
export function Coach(p: CoachProps) {
  const count = p.analysis?.findings.length ?? 0;
  const badgeRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  // The badge sits in the corner of the part of the box on screen (a tall box may run past the window).
  const shown = visiblePart(p.rect, { width: window.innerWidth, height: window.innerHeight });
  const badgeLeft = Math.max(4, shown.right - 40);
  const badgeTop = Math.max(4, shown.bottom - 34);

  // Placed after each render, from the card's natural size: it never runs off the window.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    card.style.maxHeight = 'none';
    const place = placeCard(p.rect, { width: card.offsetWidth, height: card.scrollHeight }, { width: window.innerWidth, height: window.innerHeight });
    card.dataset.side = place.side;
    Object.assign(card.style, { left: `${place.left}px`, top: `${place.top}px`, width: `${place.width}px`, maxHeight: `${place.maxHeight}px` });
  });

  useEffect(() => {
    if (p.open) cardRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [p.open]);

  const label = count === 0 ? t('badge_none') : count === 1 ? t('badge_one') : t('badge_many', count);
  return (
    <div class="rc">
      <button
        ref={badgeRef}
        class="badge"
        data-count={String(count)}
        aria-label={label}
        aria-expanded={p.open ? 'true' : 'false'}
        style={{ left: `${badgeLeft}px`, top: `${badgeTop}px` }}
        onClick={p.onToggle}
      >
        {count}
      </button>
      <span class="sr-only" role="status" aria-live="polite">
        {label}
      </span>
      {p.open && p.analysis && p.diffs && (
        <div
          ref={cardRef}
          class="card"
          role="dialog"
          aria-label={t('extName')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              p.onClose();
              badgeRef.current?.focus();
            }
          }}
        >
          <h2>{t('card_heading')}</h2>
          <AnalysisView
            analysis={p.analysis}
            diffs={p.diffs}
            selected={p.selected}
            status={p.status}
            onSelect={p.onSelect}
            onApply={p.onApply}
            onCopy={p.onCopy}
            onRestore={p.onRestore}
          />
        </div>
      )}
      {p.tip && (
        <div class="tip" role="tooltip" style={{ left: `${Math.min(p.tip.x + 12, window.innerWidth - 330)}px`, top: `${p.tip.y + 16}px` }}>
          {p.tip.text}
        </div>
      )}
    </div>
  );
}
