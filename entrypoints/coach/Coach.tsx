import { useEffect, useRef } from 'preact/hooks';
import type { Analysis, Finding } from '../../rules/types';
import { AnalysisView, type RewriteDiffs } from '../../components/AnalysisView';
import { t } from '../../utils/i18n';

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
}

/** The badge at the box's corner, its card, and the tooltip for a hovered underline. */
export function Coach(p: CoachProps) {
  const count = p.analysis?.findings.length ?? 0;
  const badgeRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const badgeLeft = Math.max(4, p.rect.right - 40);
  const badgeTop = Math.max(4, p.rect.bottom - 34);
  const cardWidth = Math.min(380, window.innerWidth - 16);
  const cardLeft = Math.max(8, Math.min(p.rect.right - cardWidth, window.innerWidth - cardWidth - 8));
  const above = badgeTop > window.innerHeight / 2;

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
          style={{
            left: `${cardLeft}px`,
            ...(above ? { bottom: `${window.innerHeight - badgeTop + 6}px` } : { top: `${badgeTop + 32}px` }),
          }}
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
