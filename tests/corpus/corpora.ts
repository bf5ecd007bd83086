/** Loaders for ../shared/corpora: real text nobody on this project wrote. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPORA = resolve(__dirname, '../../../shared/corpora');
const TWITTER = resolve(CORPORA, 'twitter-customer-care.dev.json');

interface Conversation {
  agentURL: { url_utterance: string };
  dialogContent: { message: string; agent?: string; client?: string; client1?: string }[];
}

function conversations(): Conversation[] {
  return JSON.parse(readFileSync(TWITTER, 'utf8')) as Conversation[];
}

export const hasTwitterCorpus = existsSync(TWITTER);

/** Every distinct agent reply: the dialogue's agent turns and each conversation's final reply. */
export function agentReplies(): string[] {
  const out = new Set<string>();
  for (const c of conversations()) {
    for (const m of c.dialogContent) if (m.agent !== undefined) out.add(m.message);
    out.add(c.agentURL.url_utterance);
  }
  return [...out];
}

/** Every distinct customer message. */
export function customerMessages(): string[] {
  const out = new Set<string>();
  for (const c of conversations()) for (const m of c.dialogContent) if (m.agent === undefined) out.add(m.message);
  return [...out];
}
