/**
 * What the badge, the finding card and the panel's buttons do. Every write goes through apply.ts (one
 * verified strategy, one undo step); a settings change (never flag a phrase, turn a category off) is
 * made only on a trusted click or key press of our own buttons, never on a page's synthetic event.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category, Finding } from '../../rules/types';
import { rewrite } from '../../rules';
import { applyFixes } from '../../rules/fixes/apply';
import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings-schema';
import { isTextField, rangeFor, readBox } from './editor-text';
import { applyText, copyText, type ApplyResult, type WriteOutcome } from './apply';
import { findingKey, type CardStore, type PanelTab } from './card-store';
import { anchorOf } from './pointer';
import type { EditorKind } from './editors';
import type { Session, Sessions } from './sessions';

/** The longest an editor merges edits into one undo step (Quill's default history delay is 1 s). */
const UNDO_GROUP_MS = 1100;

export interface ActionDeps {
  cards: CardStore;
  sessions: Sessions;
  editor?: EditorKind;
  settings(): Settings;
  update(patch: Partial<Settings>): Promise<unknown>;
}

export type Kind = 'calmer' | 'firmer';

/** The finding's text with its own fix in place: only its span changes (applyFixes tidies spacing and capitals). */
export function withFix(text: string, f: Finding): string | undefined {
  if (f.replacement === undefined || text.slice(f.start, f.end) !== f.text) return undefined;
  return applyFixes(text, [f]);
}

export function cardActions(ctx: ContentScriptContext, deps: ActionDeps) {
  const { cards, sessions } = deps;
  const status = (message: string | undefined) => cards.set({ status: message });

  /** Selects part of the draft in the box (the caret goes there: typing replaces it). */
  const selectSpan = (s: Session, start: number, end: number) => {
    s.box.focus();
    if (isTextField(s.box)) return s.box.setSelectionRange(start, end);
    const r = rangeFor(s.bt, start, end);
    const sel = s.box.ownerDocument.getSelection();
    if (r && sel) {
      sel.removeAllRanges();
      sel.addRange(r);
    }
  };

  /** Writes `next` over the draft `from`, then says what happened and keeps the user's text safe on the clipboard when it did not go in. */
  const writeAndReport = async (s: Session, from: string, next: string, which: string, applied = which ? t('status_applied', which) : t('status_restored')): Promise<{ result: ApplyResult; message: string }> => {
    let outcome: WriteOutcome;
    try {
      outcome = await sessions.writing(() => applyText(s.box, from, next, deps.editor));
    } catch {
      outcome = 'stuck';
    }
    const doc = s.box.ownerDocument;
    const both = () => `${t('clip_draft')}\n${from}\n\n${t('clip_rewrite')}\n${next}`;
    let result: ApplyResult;
    let message: string;
    if (outcome === 'applied') {
      result = 'applied';
      message = applied;
      // A placeholder the rewrite left is selected, so typing replaces it.
      if (which && s.box.isConnected) {
        const left = sessions.refresh(s).findings.find((f) => f.category === 'unfinished');
        if (left) selectSpan(s, left.start, left.end);
      }
    } else if (outcome === 'unchanged' || outcome === 'gone') {
      const copied = await copyText(next, doc);
      result = copied ? 'copied' : 'failed';
      message = !copied ? t('status_applyFailed') : outcome === 'gone' ? t('status_boxChanged') : which ? t('status_copiedInstead', which) : t('status_restoreCopied');
    } else {
      // Garbled: the draft went back (or could not); both texts go to the clipboard.
      const copied = await copyText(both(), doc);
      result = copied ? 'copied' : 'failed';
      message = outcome === 'restored' ? t('status_garbledRestored') : t('status_garbledStuck');
    }
    if (s.box.isConnected) {
      const now = readBox(s.box).text;
      s.snapshot = outcome === 'stuck' || (outcome === 'applied' && which) ? (now !== from ? from : undefined) : undefined;
    }
    status(message);
    sessions.schedule(s);
    sessions.sync();
    return { result, message };
  };

  /** Editors merge edits made close together into one undo step: let the typing settle first, so one Ctrl+Z undoes our write and not the draft. */
  const settle = async (s: Session) => {
    const wait = (s.changedAt ?? 0) + UNDO_GROUP_MS - performance.now();
    if (wait > 0) await new Promise<void>((r) => ctx.setTimeout(() => r(), wait));
  };

  const apply = async (s: Session, kind: Kind): Promise<{ result: ApplyResult; message: string }> => {
    if (!s.analysis) sessions.refresh(s);
    await settle(s);
    if (!s.box.isConnected) {
      const copied = await copyText(rewrite(s.analysis!, kind), document);
      const message = copied ? t('status_boxChanged') : t('status_applyFailed');
      status(message);
      return { result: copied ? 'copied' : 'failed', message };
    }
    // Never apply a rewrite of an older draft: if the box changed since, analyse what is there now.
    if (readBox(s.box).text !== s.bt.text) sessions.refresh(s);
    const which = kind === 'calmer' ? t('rewrite_calmerLower') : t('rewrite_firmerLower');
    return writeAndReport(s, s.bt.text, rewrite(s.analysis!, kind), which);
  };

  const active = () => {
    const s = sessions.active();
    return s?.box.isConnected ? s : undefined;
  };

  /** Back to the box, caret where it was: after closing a card or the panel from the keyboard. */
  const focusBox = () => active()?.box.focus({ preventScroll: true });

  return {
    apply,
    applyActive: (kind: Kind) => {
      const s = active();
      if (s) void apply(s, kind);
    },
    copy: async (kind: Kind) => {
      const s = active();
      if (!s?.analysis) return;
      status((await copyText(rewrite(s.analysis, kind), s.box.ownerDocument)) ? t('status_copied') : t('status_copyFailed'));
    },
    /** "Restore my draft": the snapshot goes back through the same verified path. */
    restore: async () => {
      const s = active();
      const draft = s?.snapshot;
      if (!s || draft === undefined) return;
      await writeAndReport(s, readBox(s.box).text, draft, '');
      s.snapshot = undefined;
      sessions.sync();
    },
    togglePanel: () => {
      const s = active();
      if (!s) return;
      const open = !cards.get().panel;
      cards.set({ panel: open, panelFocus: true, card: undefined, tip: undefined, status: undefined, tab: 'rewrites', diffs: open && s.analysis ? sessions.diffsOf(s) : undefined });
    },
    openPanel: (tab: PanelTab = 'rewrites', focus = true) => {
      const s = active();
      if (!s) return false;
      if (!s.analysis) sessions.refresh(s);
      cards.set({ panel: true, panelFocus: focus, card: undefined, tip: undefined, status: undefined, tab, diffs: sessions.diffsOf(s) });
      sessions.sync();
      return true;
    },
    closePanel: (refocus: boolean) => {
      cards.set({ panel: false });
      if (refocus) focusBox();
    },
    setTab: (tab: PanelTab) => cards.set({ tab }),
    closeCard: (refocus: boolean) => {
      cards.set({ card: undefined });
      if (refocus) focusBox();
    },
    focusBox,
    /** The finding card for a finding, from the keyboard: focus moves into it. */
    openCard: (f: Finding) => {
      const s = active();
      const anchor = s && anchorOf(s, f);
      if (!anchor) return;
      cards.set({ card: { finding: f, anchor, pinned: true, focus: true }, tip: undefined, panel: false });
    },
    /** "Replace with '…'": only the finding's span changes, through the same verified path, as one undo step. */
    fix: async (f: Finding) => {
      const s = active();
      if (!s) return;
      cards.set({ card: undefined, tip: undefined });
      await settle(s);
      const now = readBox(s.box).text;
      const next = withFix(now, f);
      if (next === undefined) return status(t('status_boxChanged'));
      await writeAndReport(s, now, next, '', t('status_replaced', f.replacement || '—'));
      s.snapshot = undefined;
      focusBox();
    },
    dismiss: (f: Finding) => {
      const s = active();
      if (!s) return;
      s.dismissed.add(findingKey(f));
      cards.set({ card: undefined, tip: undefined });
      sessions.reshowActive();
      focusBox();
    },
    neverFlag: async (f: Finding, trusted: boolean) => {
      if (!trusted) return;
      const phrase = f.text.trim();
      const words = deps.settings().ignoreWords;
      cards.set({ card: undefined, tip: undefined });
      if (!words.some((w) => w.trim().toLowerCase() === phrase.toLowerCase())) await deps.update({ ignoreWords: [...words, phrase] });
      sessions.reshowActive();
      focusBox();
    },
    turnOff: async (c: Category, trusted: boolean) => {
      if (!trusted) return;
      cards.set({ card: undefined, tip: undefined });
      await deps.update({ categories: { ...deps.settings().categories, [c]: false } });
      focusBox();
    },
  };
}

export type CardActions = ReturnType<typeof cardActions>;
