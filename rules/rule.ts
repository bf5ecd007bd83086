/** How a rule is declared, and how lexicon data becomes safe patterns. */
import type { Category, Severity } from './types';
import { parse, matchSpans, type Doc } from './nlp';
import type { Span } from './text';

/** A lexicon entry: data a reviewer can read without reading matching code. */
export interface LexiconEntry {
  /** A literal phrase; spaces match any whitespace, ' matches ’ too. */
  phrase?: string;
  /** A regular-expression source, matched case-insensitively at word boundaries. */
  pattern?: string;
  /** Shown to users: why this wording reads badly. */
  note?: string;
  /** Where the advice comes from. */
  source?: string;
  /** A calmer or firmer wording for the matched span; `''` means delete it. */
  replacement?: string;
  severity?: Severity;
}

export interface Report {
  start: number;
  end: number;
  replacement?: string;
  note?: string;
  source?: string;
  severity?: Severity;
  message?: string;
}

/** What a sentence rule sees: one sentence of the writer's own text, offsets relative to it. */
export interface SentenceContext {
  text: string;
  /** compromise's parse of the sentence, made on first use. */
  doc(): Doc | undefined;
  /** compromise match spans in this sentence. */
  match(pattern: string, group?: number): Span[];
  /** Lower-case words the user never wants flagged. */
  ignore: ReadonlySet<string>;
  report(r: Report): void;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** One plain sentence: why this reads badly. */
  message: string;
  /** Every regular expression the rule runs, so tests can check each for catastrophic backtracking. */
  patterns: RegExp[];
  check(ctx: SentenceContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

const WORD_BEFORE = "(?<![\\p{L}\\p{N}_'’])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

/** Turns a lexicon phrase or pattern into regex source: flexible spaces and apostrophes. */
export function entrySource(e: LexiconEntry): string {
  const src =
    e.pattern ??
    (e.phrase ?? '')
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split(/\s+/)
      .join(' ');
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (c === ' ' && inClass) {
      out += '\\s\\u00a0';
    } else if (c === ' ') {
      // Bounded runs of space keep every pattern linear (checked by tests/rules/redos.test.ts).
      const q = src[i + 1];
      if (q === '*') {
        out += '[\\s\\u00a0]{0,4}';
        i++;
      } else if (q === '+') {
        out += '[\\s\\u00a0]{1,4}';
        i++;
      } else {
        out += q === '?' || q === '{' ? '[\\s\\u00a0]' : '[\\s\\u00a0]{1,4}';
      }
    } else if (c === "'") {
      out += inClass ? "'’" : "['’]";
    } else {
      out += c;
    }
  }
  return out;
}

/** One regex for a whole lexicon: entries are tried in order, and the match tells which entry won. */
export interface CompiledLexicon {
  regex: RegExp;
  entries: LexiconEntry[];
}

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const src = entries.map((e, i) => `(?<e${i}>${entrySource(e)})`).join('|');
  // The word boundary before a match is checked in matchLexicon, not by a leading lookbehind:
  // that keeps V8's fast first-character scan, which makes the lexicons about twice as quick.
  return { regex: new RegExp(`(?:${src})${WORD_AFTER}`, 'giu'), entries };
}

const WORD_CHAR = /[\p{L}\p{N}_'’]/u;

/**
 * Each entry as its own regex. The compiled lexicon is a top-level alternation of these, so its
 * backtracking cost is at most their sum: checking each entry checks the whole.
 */
export function entryRegexes(lex: CompiledLexicon): RegExp[] {
  return lex.entries.map((e) => new RegExp(`${WORD_BEFORE}(?:${entrySource(e)})${WORD_AFTER}`, 'iu'));
}

export interface LexiconMatch extends Span {
  entry: LexiconEntry;
  text: string;
}

export function matchLexicon(lex: CompiledLexicon, text: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  lex.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lex.regex.exec(text))) {
    if (m[0] === '' || (m.index > 0 && WORD_CHAR.test(text[m.index - 1]))) {
      lex.regex.lastIndex = m.index + 1;
      continue;
    }
    const groups = m.groups ?? {};
    const i = lex.entries.findIndex((_, k) => groups[`e${k}`] !== undefined);
    out.push({ start: m.index, end: m.index + m[0].length, entry: lex.entries[i], text: m[0] });
  }
  return out;
}

/**
 * A sentence rule made of a lexicon: every match is reported with the entry's data.
 * `accept` can veto a match in context; `fix` can widen the span or compute a replacement.
 */
export function lexiconRule(
  meta: Omit<Rule, 'patterns' | 'check'> & { extraPatterns?: RegExp[] },
  entries: LexiconEntry[],
  accept?: (m: LexiconMatch, ctx: SentenceContext) => boolean,
  fix?: (m: LexiconMatch, ctx: SentenceContext) => { end?: number; replacement?: string } | undefined,
): Rule {
  const lex = compileLexicon(entries);
  const { extraPatterns = [], ...rest } = meta;
  // Replacements may refer to the entry's groups ("the wrong $1").
  const withGroups = new Map(entries.filter((e) => e.replacement?.includes('$')).map((e) => [e, new RegExp(`^(?:${entrySource(e)})$`, 'iu')]));
  const replacementFor = (m: LexiconMatch) => {
    const re = withGroups.get(m.entry);
    return re ? m.text.replace(re, m.entry.replacement!) : m.entry.replacement;
  };
  return defineRule({
    ...rest,
    patterns: [...entryRegexes(lex), ...extraPatterns],
    check(ctx) {
      for (const m of matchLexicon(lex, ctx.text)) {
        if (accept && !accept(m, ctx)) continue;
        const fixed = fix?.(m, ctx);
        ctx.report({
          start: m.start,
          end: fixed?.end ?? m.end,
          replacement: fixed?.replacement ?? replacementFor(m),
          note: m.entry.note,
          source: m.entry.source,
          severity: m.entry.severity,
        });
      }
    },
  });
}

export function sentenceContext(text: string, ignore: ReadonlySet<string>, report: (r: Report) => void): SentenceContext {
  let doc: Doc | undefined;
  let parsed = false;
  const getDoc = () => {
    if (!parsed) {
      doc = parse(text);
      parsed = true;
    }
    return doc;
  };
  return {
    text,
    doc: getDoc,
    match: (pattern, group) => matchSpans(getDoc(), text, pattern, group),
    ignore,
    report,
  };
}

/**
 * A rule that needs the whole draft (counting across sentences). Its per-sentence part, `collect`,
 * is cached with the sentence, so re-analysis still follows the edited sentence.
 */
export interface DraftRule extends Omit<Rule, 'check'> {
  collect(text: string): Span[];
  /** Given every collected span (absolute offsets, in order), report findings. */
  decide(spans: Span[], report: (r: Report) => void): void;
}

export function defineDraftRule(rule: DraftRule): DraftRule {
  return rule;
}
