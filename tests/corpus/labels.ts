/**
 * Our own labels of real text, kept by id (the text stays in ../shared/corpora). A third of the ids is held
 * out by a hash of the id: rules are written against the development split only, and the README reports
 * the held-out figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPORA, twitterTurns } from './corpora';

const LABELS = resolve(__dirname, 'labels');
const REPLIES = resolve(CORPORA, 'replies-to-reviews.dev.jsonl');

export type Split = 'dev' | 'held-out';
/** Held out when the id's SHA-1, read as a number, is divisible by 3. */
export const splitOf = (id: string): Split => (parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16) % 3 === 0 ? 'held-out' : 'dev');

export const LABELLED_FLAGS = ['caps', 'exclamation', 'defensive', 'blame', 'excuse', 'sarcasm', 'hostile', 'non-apology', 'over-apology', 'hedging'] as const;
export type Flag = (typeof LABELLED_FLAGS)[number];
export const CHECK_NAMES = ['apology', 'acknowledgement', 'nextStep'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface LabelledReply {
  id: string;
  split: Split;
  incoming: string;
  reply: string;
  flags: Flag[];
  checks: Record<CheckName, boolean>;
}

export const LABELLED_SITUATIONS = ['angry', 'confused', 'problem', 'abusive', 'exploiting', 'repeat-failure', 'repeat-mistake'] as const;
export type LabelledSituation = (typeof LABELLED_SITUATIONS)[number];

export interface LabelledTurn {
  id: string;
  split: Split;
  message: string;
  situations: LabelledSituation[];
}

export const hasRepliesCorpus = existsSync(REPLIES);

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Every labelled reply to a review, joined with its text from ../shared. */
export function labelledReplies(split?: Split): LabelledReply[] {
  const text = new Map(jsonl<{ id: string; incoming: string; reply: string }>(REPLIES).map((r) => [r.id, r]));
  return jsonl<{ id: string; flags: Flag[]; checks: Record<CheckName, boolean> }>(resolve(LABELS, 'replies.jsonl'))
    .map((l) => ({ ...l, split: splitOf(l.id), incoming: text.get(l.id)!.incoming, reply: text.get(l.id)!.reply }))
    .filter((r) => !split || r.split === split);
}

/** Every labelled customer turn, joined with its text. */
export function labelledTurns(split?: Split): LabelledTurn[] {
  const text = twitterTurns();
  return jsonl<{ id: string; situations: LabelledSituation[] }>(resolve(LABELS, 'situations.jsonl'))
    .map((l) => ({ ...l, split: splitOf(l.id), message: text.get(l.id)! }))
    .filter((r) => !split || r.split === split);
}
