/**
 * A file's text to the replies it holds: one per .txt/.md file, the text of an .html file, one per
 * JSON line, and one per macro of a Zendesk, Freshdesk, Help Scout or Gorgias export (JSON or CSV),
 * recognised by its fields.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { htmlText } from './html';
import { parseRecord } from './record';

export class InputError extends Error {}

export interface Reply {
  /** What reports name: the file, or FILE#<id or title> for a reply inside an export. */
  name: string;
  /** The file it came from. */
  file: string;
  /** A macro's title, when the export has one. */
  title?: string;
  text: string;
  incoming?: string;
  /** True when offsets in `text` are offsets in the file itself (plain text files). */
  wholeFile: boolean;
  /** The 1-based line of the file where this reply starts (best effort for exports). */
  fileLine: number;
}

export interface Parsed {
  replies: Reply[];
  /** One-line problems inside the file (a bad JSON line, a macro of the wrong shape); the rest still counts. */
  problems: string[];
}

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
export const HTML_EXTENSIONS = ['.html', '.htm'];
export const EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, '.jsonl', '.ndjson', '.json', '.csv'];

const extOf = (file: string) => /(\.[^./\\]+)$/.exec(file)?.[1].toLowerCase() ?? '';

type Macro = Record<string, unknown>;

interface Shape {
  product: string;
  /** The fields that identify the shape, for the error message. */
  fields: string;
  is(o: Macro): boolean;
  title(o: Macro): unknown;
  /** The reply's text and whether it is HTML; undefined when the macro holds no reply (it only sets fields). */
  body(o: Macro): { text: string; html: boolean } | undefined;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const has = (o: Macro, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Zendesk's comment_value is a string, or [channel, text] in older exports. */
function zendeskComment(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return str(value[value.length - 1]);
  return undefined;
}

function zendeskBody(o: Macro) {
  const actions = Array.isArray(o.actions) ? (o.actions as Macro[]) : [];
  const plain = actions.find((a) => a?.field === 'comment_value');
  if (plain) return { text: zendeskComment(plain.value) ?? '', html: false };
  const html = actions.find((a) => a?.field === 'comment_value_html');
  if (html) return { text: zendeskComment(html.value) ?? '', html: true };
  // A CSV with the comment in a column of its own.
  if (has(o, 'comment_value')) return { text: zendeskComment(o.comment_value) ?? '', html: false };
  if (has(o, 'comment_value_html')) return { text: zendeskComment(o.comment_value_html) ?? '', html: true };
  return undefined;
}

function gorgiasBody(o: Macro) {
  const actions = Array.isArray(o.actions) ? (o.actions as Macro[]) : [];
  const reply = actions.find((a) => a?.name === 'setResponseText');
  const args = (reply?.arguments ?? (reply ? {} : o)) as Macro;
  if (!reply && !has(o, 'body_text') && !has(o, 'body_html')) return undefined;
  if (typeof args.body_text === 'string') return { text: args.body_text, html: false };
  return { text: str(args.body_html) ?? '', html: true };
}

const SHAPES: Shape[] = [
  {
    product: 'Zendesk macros',
    fields: 'title and actions (or comment_value)',
    is: (o) => has(o, 'title') && (Array.isArray(o.actions) || has(o, 'comment_value') || has(o, 'comment_value_html')),
    title: (o) => o.title,
    body: zendeskBody,
  },
  {
    product: 'Freshdesk canned responses',
    fields: 'title and content or content_html',
    is: (o) => has(o, 'title') && (has(o, 'content') || has(o, 'content_html')),
    title: (o) => o.title,
    body: (o) => (typeof o.content === 'string' ? { text: o.content, html: false } : { text: str(o.content_html) ?? '', html: true }),
  },
  {
    product: 'Help Scout saved replies',
    fields: 'name and text or chatText',
    is: (o) => has(o, 'name') && (has(o, 'text') || has(o, 'chatText')),
    title: (o) => o.name,
    // Help Scout's text is HTML ("<br />" for line breaks); chatText is plain.
    body: (o) => (typeof o.text === 'string' ? { text: o.text, html: true } : { text: str(o.chatText) ?? '', html: false }),
  },
  {
    product: 'Gorgias macros',
    fields: 'name and actions (or body_text / body_html)',
    is: (o) => has(o, 'name') && (Array.isArray(o.actions) || has(o, 'body_text') || has(o, 'body_html')),
    title: (o) => o.name,
    body: gorgiasBody,
  },
  {
    product: 'Reply Coach replies',
    fields: 'text (and optionally id, incoming)',
    is: (o) => has(o, 'text') && !has(o, 'name') && !has(o, 'title'),
    title: () => undefined,
    body: (o) => ({ text: str(o.text) ?? '', html: false }),
  },
];

const EXPECTED = `expected ${SHAPES.map((s) => `${s.product} (${s.fields})`).join(', ')}`;

/** Wrappers of list endpoints: Zendesk's {"macros": [...]}, Gorgias's {"data": [...]}. */
const WRAPPERS = ['macros', 'data', 'saved_replies', 'canned_responses'];

const lineOf = (content: string, index: number) => {
  let line = 1;
  for (let i = content.indexOf('\n'); i !== -1 && i < index; i = content.indexOf('\n', i + 1)) line++;
  return line;
};

function listFields(o: Macro): string {
  const keys = Object.keys(o);
  return keys.length ? keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '') : 'none';
}

async function fromMacros(file: string, items: unknown[], where: (i: number, o: Macro, text: string) => number): Promise<Parsed> {
  const replies: Reply[] = [];
  const problems: string[] = [];
  const first = items.find((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) as Macro | undefined;
  if (!first) {
    if (items.length === 0) return { replies, problems };
    throw new InputError(`${file}: expected a list of macros (objects), found ${typeof items[0]}`);
  }
  const shape = SHAPES.find((s) => s.is(first));
  if (!shape) throw new InputError(`${file}: unknown export format (fields: ${listFields(first)}); ${EXPECTED}`);
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Macro;
    if (typeof o !== 'object' || o === null || Array.isArray(o) || !shape.is(o)) {
      problems.push(`${file}: item ${i + 1} is not one of the ${shape.product} (expected ${shape.fields})`);
      continue;
    }
    const body = shape.body(o);
    if (!body) continue; // a macro that only sets ticket fields holds no reply
    const title = shape.title(o);
    const id = o.id ?? title ?? i + 1;
    const text = body.html ? await htmlText(body.text) : body.text;
    replies.push({
      name: `${file}#${String(id)}`,
      file,
      ...(typeof title === 'string' && title !== String(id) ? { title } : {}),
      text,
      ...(typeof o.incoming === 'string' ? { incoming: o.incoming } : {}),
      wholeFile: false,
      fileLine: where(i, o, body.text),
    });
  }
  return { replies, problems };
}

async function fromJson(file: string, content: string): Promise<Parsed> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const o = data as Macro;
    const wrapper = WRAPPERS.find((k) => Array.isArray(o[k]));
    if (!wrapper) throw new InputError(`${file}: expected an array of macros (or {"macros": [...]} / {"data": [...]}), found an object with fields ${listFields(o)}`);
    data = o[wrapper];
  }
  if (!Array.isArray(data)) throw new InputError(`${file}: expected an array of macros, found ${data === null ? 'null' : typeof data}`);
  // Where each macro sits in the file: where its text is, when it is written as JSON would write it.
  return fromMacros(file, data, (_i, _o, text) => {
    const at = text ? content.indexOf(JSON.stringify(text).slice(1, -1)) : -1;
    return at === -1 ? 1 : lineOf(content, at);
  });
}

async function fromCsv(file: string, content: string): Promise<Parsed> {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(content, { columns: true, bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as typeof records;
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new InputError(`${file}: not valid CSV (${msg})`);
  }
  // csv-parse reports the line a record ends on; the next record starts after it.
  const starts: number[] = [];
  let prevEnd = 1;
  for (const r of records) {
    starts.push(prevEnd + 1);
    prevEnd = r.info.lines;
  }
  if (!records.length) {
    const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    if (!header.trim()) return { replies: [], problems: [] };
    const fields = Object.fromEntries(header.split(',').map((h) => [h.trim(), '']));
    if (!SHAPES.some((s) => s.is(fields))) throw new InputError(`${file}: unknown export format (columns: ${listFields(fields)}); ${EXPECTED}`);
    return { replies: [], problems: [] };
  }
  return fromMacros(
    file,
    records.map((r) => r.record),
    (i) => starts[i],
  );
}

async function fromJsonl(file: string, content: string): Promise<Parsed> {
  const replies: Reply[] = [];
  const problems: string[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    const rec = parseRecord(line, i + 1);
    if ('error' in rec) {
      problems.push(`${file}: ${rec.error}`);
      continue;
    }
    replies.push({ name: `${file}#${String(rec.id)}`, file, text: rec.text, ...(rec.context.incoming !== undefined ? { incoming: rec.context.incoming } : {}), wholeFile: false, fileLine: i + 1 });
  }
  return { replies, problems };
}

/**
 * The replies in one file's text. `as` overrides the name used to pick the format (for standard input).
 * Throws InputError for a file that cannot be read as any format; per-item problems come back in `problems`.
 */
export async function repliesIn(file: string, content: string, as: string = file): Promise<Parsed> {
  const ext = extOf(as);
  const text = content.replace(/^\uFEFF/, '');
  if (ext === '.json') return fromJson(file, text);
  if (ext === '.csv') return fromCsv(file, text);
  if (ext === '.jsonl' || ext === '.ndjson') return fromJsonl(file, text);
  if (HTML_EXTENSIONS.includes(ext)) return { replies: [{ name: file, file, text: await htmlText(text), wholeFile: false, fileLine: 1 }], problems: [] };
  return { replies: [{ name: file, file, text, wholeFile: true, fileLine: 1 }], problems: [] };
}
