/** How a rule is declared: the contract every rule file follows. */
import type { Category, Severity } from './types';
import { parse, matchSpans, type Doc } from './nlp';
import type { Span } from './text';
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
