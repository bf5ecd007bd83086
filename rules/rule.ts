/** How a rule is declared: the contract every rule file follows. */
import type { Category, Severity } from './types';
import { parse, matchSpans, type Doc } from './nlp';
import type { Span } from './text';
import { acknowledgementSpans } from './checks/acknowledgement';
import { compileLexicon, entryRegexes, entrySource, matchLexicon, type LexiconEntry, type LexiconMatch } from './lexicon/matcher';

export type { LexiconEntry, LexiconMatch } from './lexicon/matcher';

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
  /**
   * The clause around an offset (from the punctuation before it to the end of its clause), parsed on its
   * own: a parse costs by length, and a rule that needs the grammar of a few words need not pay for a
   * long sentence. Spans it returns are offsets in the sentence.
   */
  clause(at: number): Clause;
  /** Lower-case words the user never wants flagged. */
  ignore: ReadonlySet<string>;
  /** Where the sentence acknowledges the customer's feeling (rules/checks), found on first use; the engine's check reads the same. */
  acknowledgement(): Span[];
  report(r: Report): void;
}

export interface Clause {
  /** Where the clause starts in the sentence. */
  start: number;
  text: string;
  doc(): Doc | undefined;
  match(pattern: string, group?: number): Span[];
}

/** The clause around `at`: back to the last , ; : . ! ? before it, on to the next . ; ! ? (bounded). */
function clauseOf(text: string, at: number): { start: number; end: number } {
  const before = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const start = cut < 0 ? Math.max(0, at - 200) : at - before.length + cut + 1;
  const rest = /[.;!?]/.exec(text.slice(at, at + 300));
  const end = rest ? at + rest.index + 1 : Math.min(text.length, at + 300);
  return { start, end };
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

/**
 * A sentence rule made of a lexicon: every match is reported with the entry's data.
 * `accept` can veto a match in context; `fix` can widen the span or compute a replacement.
 */
export function lexiconRule(
  meta: Omit<Rule, 'patterns' | 'check'> & { extraPatterns?: RegExp[] },
  entries: LexiconEntry[],
  accept?: (m: LexiconMatch, ctx: SentenceContext) => boolean,
  fix?: (m: LexiconMatch, ctx: SentenceContext) => { start?: number; end?: number; replacement?: string } | undefined,
): Rule {
  const lex = compileLexicon(entries);
  const { extraPatterns = [], ...rest } = meta;
  // Replacements may refer to the entry's groups ("the wrong $1").
  const withGroups = new Map(entries.filter((e) => e.replacement?.includes('$')).map((e) => [e, new RegExp(`^(?:${entrySource(e)})$`, 'iu')]));
  const replacementFor = (m: LexiconMatch) => {
    const re = withGroups.get(m.entry);
    if (!re) return m.entry.replacement;
    const rep = m.entry.replacement!;
    return m.text.replace(re, (...args) => {
      const groups = args.slice(1, -2) as (string | undefined)[];
      return rep.replace(/\$(\d)/g, (_ref, n: string, at: number) => {
        const g = groups[Number(n) - 1] ?? '';
        // A sentence's capital moves to where the group now sits: "Nearly all …" -> "you can use nearly all …".
        return at > 0 && m.text.startsWith(g) && /^\p{Lu}\p{Ll}/u.test(g) ? g.charAt(0).toLowerCase() + g.slice(1) : g;
      });
    });
  };
  return defineRule({
    ...rest,
    patterns: [...entryRegexes(lex), ...extraPatterns],
    check(ctx) {
      for (const m of matchLexicon(lex, ctx.text)) {
        if (accept && !accept(m, ctx)) continue;
        const fixed = fix?.(m, ctx);
        ctx.report({
          start: fixed?.start ?? m.start,
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

/** The parse of a text, made on the first call. */
function lazyParse(text: string): () => Doc | undefined {
  let doc: Doc | undefined;
  let parsed = false;
  return () => {
    if (!parsed) {
      doc = parse(text);
      parsed = true;
    }
    return doc;
  };
}

export function sentenceContext(text: string, ignore: ReadonlySet<string>, report: (r: Report) => void): SentenceContext {
  const getDoc = lazyParse(text);
  const clauses = new Map<number, Clause>();
  let acknowledged: Span[] | undefined;
  const clause = (at: number): Clause => {
    const { start, end } = clauseOf(text, at);
    let c = clauses.get(start);
    if (!c) {
      const part = text.slice(start, end);
      const cget = lazyParse(part);
      c = { start, text: part, doc: cget, match: (pattern, group) => matchSpans(cget(), part, pattern, group).map((sp) => ({ start: sp.start + start, end: sp.end + start })) };
      clauses.set(start, c);
    }
    return c;
  };
  return {
    text,
    doc: getDoc,
    match: (pattern, group) => matchSpans(getDoc(), text, pattern, group),
    clause,
    ignore,
    acknowledgement: () => (acknowledged ??= acknowledgementSpans(text)),
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
