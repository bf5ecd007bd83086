/** Loaders for ../shared/corpora: real text nobody on this project wrote. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPORA = resolve(__dirname, '../../../shared/corpora');
const TWITTER = resolve(CORPORA, 'twitter-customer-care.dev.json');

interface Conversation {
  agentURL: { url_utterance: string };
  dialogHeader: { sessionID: string };
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

/** Customer turns by id, `tw-<sessionID>-<index in the dialogue>`: the ids our situation labels use. */
export function twitterTurns(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of conversations()) {
    c.dialogContent.forEach((m, i) => {
      if (m.agent === undefined) out.set(`tw-${c.dialogHeader.sessionID}-${i}`, m.message);
    });
  }
  return out;
}

const POLITENESS = resolve(CORPORA, 'politeness-wikipedia.annotated.csv');
export const hasPolitenessCorpus = existsSync(POLITENESS);

/** Requests to Wikipedia editors with their normalised politeness score (mean z-score of 5 raters). */
export function politenessRequests(): { id: string; text: string; score: number }[] {
  const [header, ...rows] = parseCsv(readFileSync(POLITENESS, 'utf8'));
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => ({ id: r[at('Id')], text: r[at('Request')], score: Number(r[at('Normalized Score')]) }));
}

const UNHEALTHY = resolve(CORPORA, 'unhealthy-comments.val.csv');
export const hasUnhealthyCorpus = existsSync(UNHEALTHY);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** News comments with their 0/1 labels per attribute (hostile, sarcastic, condescending, ...). */
export function unhealthyComments(): { comment: string; labels: Record<string, number> }[] {
  const [header, ...rows] = parseCsv(readFileSync(UNHEALTHY, 'utf8'));
  const at = (name: string) => header.indexOf(name);
  const attrs = ['antagonize', 'condescending', 'dismissive', 'generalisation', 'hostile', 'sarcastic', 'healthy'];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => ({ comment: r[at('comment')], labels: Object.fromEntries(attrs.map((a) => [a, Number(r[at(a)])])) }));
}
