/**
 * The small store the in-page UI (Coach.tsx) subscribes to: what the badge, the finding card, the
 * tooltip and the panel show. Sessions, pointer and actions write it; nothing else holds UI state.
 */
import type { Analysis, Finding } from '../../rules/types';
import type { DiffPart } from '../../rules/diff';
import type { Box } from './placement';

export type PanelTab = 'rewrites' | 'findings';

export interface FindingCard {
  finding: Finding;
  /** The underline's box on screen, which the card sits next to. */
  anchor: Box;
  /** Opened by a click or the keyboard (stays until closed), not by hovering (goes when the pointer leaves). */
  pinned: boolean;
  /** Opened from the keyboard: focus moves into it. A click never moves focus. */
  focus: boolean;
}

export interface CardState {
  /** The active box on screen, or none: nothing is shown. */
  rect?: Box;
  /** Where the site adapter says the customer's message is: the panel keeps off it. */
  avoid?: Box;
  analysis?: Analysis;
  /** The findings shown: the analysis's, without dismissed ones and never-flagged phrases. */
  findings: readonly Finding[];
  diffs?: { calmer: DiffPart[]; firmer: DiffPart[]; notOffered?: { calmer?: string; firmer?: string } };
  /** The engine is loading or has not read this box yet. */
  checking: boolean;
  panel: boolean;
  /** The panel takes focus when it opens (from the badge or the shortcut), not when the pause's Review sends the user back to the box. */
  panelFocus: boolean;
  tab: PanelTab;
  card?: FindingCard;
  tip?: { x: number; y: number; text: string };
  status?: string;
  canRestore: boolean;
  /** Bumped to move focus to the badge (Shift+Tab from the box). */
  focusBadge: number;
}

export const INITIAL: CardState = { findings: [], checking: false, panel: false, panelFocus: true, tab: 'rewrites', canRestore: false, focusBadge: 0 };

export interface CardStore {
  get(): CardState;
  set(patch: Partial<CardState>): void;
  subscribe(fn: (s: CardState) => void): () => void;
}

export function createCardStore(initial: CardState = INITIAL): CardStore {
  let state = initial;
  const subs = new Set<(s: CardState) => void>();
  return {
    get: () => state,
    set(patch) {
      let changed = false;
      for (const k of Object.keys(patch) as (keyof CardState)[]) if (!Object.is(state[k], patch[k])) changed = true;
      if (!changed) return;
      state = { ...state, ...patch };
      for (const fn of subs) fn(state);
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}

/** A finding's identity within one draft, across re-analyses (offsets move as the user types). */
export const findingKey = (f: Pick<Finding, 'rule' | 'text'>) => `${f.rule}\u0001${f.text.trim().toLowerCase()}`;

/** What the user sees: no finding dismissed in this draft, none whose text is on the never-flag list. */
export function shownFindings(findings: readonly Finding[], dismissed: ReadonlySet<string>, neverFlag: readonly string[]): Finding[] {
  const never = new Set(neverFlag.map((w) => w.trim().toLowerCase()).filter(Boolean));
  return findings.filter((f) => !dismissed.has(findingKey(f)) && !never.has(f.text.trim().toLowerCase()));
}
