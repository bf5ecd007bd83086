/**
 * Advice without repeats: the engine lists what the draft is missing ("open by naming how they feel")
 * before the situation's general advice ("Acknowledge the feeling first…"); where both say the same
 * thing, the first (the more specific) stays.
 */
const TOPICS: readonly [string, RegExp][] = [
  ['feeling', /\backnowledg|\bhow they feel\b|\bthe feeling\b|\bfrustrat/i],
  ['next-step', /\bwhat happens next\b|\bwhat you will do\b|\band when\b/i],
  ['apology', /\bapolog|\bsay sorry\b/i],
];

const topicOf = (advice: string) => TOPICS.find(([, re]) => re.test(advice))?.[0];

export function dedupeAdvice(advice: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of advice) {
    const key = topicOf(a) ?? a.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
