/** Constructions: lexicon patterns written with word classes, `{WE} {BE} not to blame`, expanded to regex source. */
import { CLASSES, type ClassName } from './classes';

const expanded = new Map<string, string>();

function alternation(name: ClassName): string {
  let src = expanded.get(name);
  if (!src) expanded.set(name, (src = `(?:${CLASSES[name].words.join('|')})`));
  return src;
}

/** Replaces each `{CLASS}` with its words as one group. An unknown class is a programming error. */
export function construction(template: string): string {
  return template.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in CLASSES)) throw new Error(`unknown word class {${name}}`);
    return alternation(name as ClassName);
  });
}
