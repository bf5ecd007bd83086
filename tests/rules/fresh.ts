/**
 * "Fresh words": a test sentence shares no run of three words with the literal text of the rule's own
 * patterns, so the rule passes it by generalising (word classes, grammar), not because the case was
 * written from the rule.
 */
const words = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];

const trigrams = (ws: string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 2 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
};

/** The runs of literal words in a regex source: any regex syntax other than a plain space ends a run. */
export function literalRuns(source: string): string[][] {
  const plain = source
    .replace(/\[\\s\\u00a0\](?:\{\d,\d\}|[+*?])?/g, ' ')
    .replace(/\['’\]/g, "'")
    .replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, '|')
    .replace(/\\(.)/g, '$1');
  return plain
    .split(/[()|?*+{}[\]^$.]/)
    .map((frag) => words(frag))
    .filter((ws) => ws.length >= 3);
}

/** The three-word runs a case shares with the patterns; empty when the case is fresh. */
export function sharedRuns(text: string, patterns: readonly RegExp[]): string[] {
  const mine = trigrams(words(text));
  const shared = new Set<string>();
  for (const re of patterns) for (const run of literalRuns(re.source)) for (const t of trigrams(run)) if (mine.has(t)) shared.add(t);
  return [...shared];
}
