import { isDictionaryWord, isNameWord } from '../nlp';

/** The facts a rewrite must keep: numbers, amounts, dates, times, codes, URLs, email addresses, names and template tags. */

export const FACT_PATTERNS: RegExp[] = [
  // Template tags a help desk fills in: {{name}}, {{ order.id }}, {%name%}, %FIRST_NAME%.
  /\{\{[ \t]{0,3}[\w.:-]{1,60}[ \t]{0,3}\}\}|\{%[ \t]{0,3}[\w.:-]{1,60}[ \t]{0,3}%\}|%[A-Z][A-Z_]{1,40}%/g,
  /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}[^\s<>".,;:!?)\]]/gi,
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g,
  /[$€£¥₹]\s?\d[\d,.]*\d|[$€£¥₹]\s?\d/g,
  /\b\d[\w-]*(?:[.,:/]\d[\w-]*)*/g,
  /\b[A-Z][A-Z0-9]*-?\d[\w-]*\b/g,
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight)\b/gi,
  // Months with their capital: "may", "march" and "sept" in lower case are a modal, a verb and a word.
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May(?! (?:I|we|you)\b)|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g,
];
/** Capitalised words inside a sentence (not its first word): names of people, products, carriers. */
export const NAME = /(?<=[\p{L}\p{N},;:)][ \t]{1,3})\p{Lu}[\p{L}\p{N}'’&-]*/gu;
/** Shouted swearing is not a fact to keep. */
const NOT_FACTS = new Set(['bs', 'wtf', 'stfu', 'ffs', 'omg', 'lol', 'smh']);
const NOT_NAMES = new Set(['I', "I'm", "I've", "I'll", "I'd", 'I’m', 'I’ve', 'I’ll', 'I’d']);

/** A character each pattern needs, so a text without it skips the pattern (the e-mail one is costly to scan). */
const NEEDS: (RegExp | undefined)[] = [/[{%]/, /https?:|www\./i, /@/, /[$€£¥₹]/, /\d/, /\d/, undefined, undefined];

const memo = new Map<string, string[]>();

export function facts(text: string): string[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const found = factsOf(text);
  memo.set(text, found);
  if (memo.size > 2000) memo.delete(memo.keys().next().value!);
  return found;
}

function factsOf(text: string): string[] {
  const out = new Set<string>();
  FACT_PATTERNS.forEach((re, k) => {
    if (NEEDS[k] && !NEEDS[k]!.test(text)) return;
    for (const m of text.matchAll(re)) out.add(m[0].toLowerCase());
  });
  for (const m of text.matchAll(NAME)) {
    const w = m[0];
    // Shouted words are not names ("I ALREADY TOLD YOU"), unless mixed case ("iPhone", "McKay").
    if (NOT_NAMES.has(w) || (w.length > 1 && w === w.toUpperCase() && !/\d/.test(w) && isDictionaryWord(w.toLowerCase()))) continue;
    // After a colon a capital often starts a sentence ("Hi Jo: The app…"): an ordinary word there is not a name.
    if (/:[ \t]*$/.test(text.slice(Math.max(0, m.index! - 4), m.index)) && isDictionaryWord(w.toLowerCase()) && !isNameWord(w.toLowerCase())) continue;
    out.add(w.toLowerCase());
  }
  return [...out].filter((f) => !NOT_FACTS.has(f));
}

/** Facts of `before` that `after` lost (compared case-insensitively). */
export function lostFacts(before: string, after: string): string[] {
  const have = after.toLowerCase();
  return facts(before).filter((f) => !have.includes(f));
}
