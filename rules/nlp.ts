/** The only importer of compromise: parsing, tags and dictionary look-ups, with offsets. */
// compromise/two: the tagger and match syntax. The full build's phrase APIs (nouns(), verbs()) add 63 KB we do not use.
import nlp from 'compromise/two';
import type { Span } from './text';

export type Doc = ReturnType<typeof nlp>;

/** Longer sentences are judged by patterns alone; compromise's cost grows with length. */
const MAX_PARSE = 1500;

export function parse(text: string): Doc | undefined {
  return text.length <= MAX_PARSE ? nlp(text) : undefined;
}

/**
 * Spans (offsets into the parsed text) of each match of a compromise pattern.
 * With a capture group in the pattern, the span is the group's.
 */
const parsedPatterns = new Map<string, ReturnType<typeof nlp.parseMatch>>();

export function matchSpans(doc: Doc | undefined, text: string, pattern: string, group?: number): Span[] {
  if (!doc) return [];
  // Parsing a match pattern costs more than running it; each rule's few patterns are parsed once.
  let parsed = parsedPatterns.get(pattern);
  if (!parsed) parsedPatterns.set(pattern, (parsed = nlp.parseMatch(pattern)));
  const m = group === undefined ? doc.match(parsed) : doc.match(parsed, group);
  const out: Span[] = [];
  for (const item of m.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
    if (item.offset) out.push(trimSpan(text, item.offset.start, item.offset.start + item.offset.length));
  }
  return out;
}

/** compromise's offsets include trailing punctuation and spaces; underlines should not. */
function trimSpan(text: string, start: number, end: number): Span {
  while (end > start && /[\s.,;:!?"'”’)]/.test(text[end - 1])) end--;
  while (start < end && /[\s"'“‘(]/.test(text[start])) start++;
  return { start, end };
}

/** Whether compromise tags the term at a given offset with any of the tags. */
export function tagsAt(doc: Doc | undefined, offset: number): string[] {
  if (!doc) return [];
  for (const s of doc.json({ offset: true }) as { terms: { offset: { start: number; length: number }; tags: string[] }[] }[]) {
    for (const t of s.terms) {
      if (t.offset.start <= offset && offset < t.offset.start + t.offset.length) return t.tags;
    }
  }
  return [];
}

let lexicon: Record<string, unknown> | undefined;

/** Whether a lower-case word is a name in compromise's lexicon ("john", "paris"), so it keeps a capital. */
export function isNameWord(lower: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const tag = lexicon[lower];
  return typeof tag === 'string' && /Name|Place|City|Country|Region|Organization|Month|WeekDay/.test(tag);
}

/** Whether a lower-case word is an ordinary English word in compromise's lexicon, allowing simple inflections. */
export function isDictionaryWord(lower: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  if (lexicon[lower] !== undefined) return true;
  for (const [suffix, repl] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['ly', ''],
    ["'s", ''],
  ] as const) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      if (lexicon[lower.slice(0, -suffix.length) + repl] !== undefined) return true;
    }
  }
  return false;
}

/** The base form of a verb ("measured" -> "measure", "chosen" -> "choose"), from compromise's conjugation tables. */
export function infinitive(verb: string): string {
  const term = (nlp(`they ${verb} it`).json() as { terms: { tags: string[] }[] }[])[0]?.terms[1];
  const tags = term?.tags ?? [];
  if (!tags.includes('Verb') || tags.includes('Infinitive')) return verb;
  const tense = tags.includes('Participle') ? 'Participle' : tags.includes('PastTense') ? 'PastTense' : tags.includes('Gerund') ? 'Gerund' : 'PresentTense';
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { verb: { toInfinitive(v: string, model: unknown, tense: string): string } } } } };
  const out = world.methods.two.transform.verb.toInfinitive(verb.toLowerCase(), world.model, tense);
  return out && !/\s/.test(out) ? out : verb;
}

interface Term {
  offset: { start: number; length: number };
  tags: string[];
}

/**
 * The noun phrase that starts right at (or a word after) an offset: a determiner or possessive, then
 * adjectives and nouns, ending at the last noun. Read off compromise's tags; its noun chunker costs
 * twenty times more.
 */
export function nounPhraseAt(doc: Doc | undefined, text: string, offset: number): Span | undefined {
  if (!doc) return undefined;
  const terms = (doc.json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  let i = terms.findIndex((t) => t.offset.start >= offset && t.offset.start <= offset + 2);
  if (i === -1) return undefined;
  const has = (t: Term, ...tags: string[]) => tags.some((tag) => t.tags.includes(tag));
  const start = terms[i].offset.start;
  if (has(terms[i], 'Determiner', 'Possessive')) i++;
  let last = -1;
  for (; i < terms.length && has(terms[i], 'Noun', 'Adjective', 'Value', 'Acronym') && !has(terms[i], 'Pronoun'); i++) {
    if (has(terms[i], 'Noun', 'Acronym')) last = i;
    if (/[,.;:!?]/.test(text.slice(terms[i].offset.start, terms[i].offset.start + terms[i].offset.length))) break;
  }
  if (last === -1) return undefined;
  return trimSpan(text, start, terms[last].offset.start + terms[last].offset.length);
}
