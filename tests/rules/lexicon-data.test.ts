/** Lexicon entries are data a reviewer can read: each says why its wording reads badly, and where that comes from. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../rules/lexicon/classes';
import { compileLexicon, matchLexicon } from '../../rules/lexicon/matcher';

describe('lexicon data', () => {
  it('gives every word class a note, a source and words', () => {
    for (const [name, c] of Object.entries(CLASSES)) {
      expect(c.note.length, name).toBeGreaterThan(5);
      expect(c.source.length, name).toBeGreaterThan(5);
      expect(c.words.length, name).toBeGreaterThan(0);
    }
  });
  it('gives every entry in the rule files a note and a source (the type requires both; this guards empty ones)', () => {
    const dir = resolve(__dirname, '../../rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const src = readFileSync(resolve(dir, f), 'utf8');
      expect(src, f).not.toMatch(/note:\s*(?:''|"")/);
      expect(src, f).not.toMatch(/source:\s*(?:''|"")/);
    }
  });
});

describe('lexicon matching', () => {
  const lex = compileLexicon([
    { pattern: `(?:we|I) (?:shipped|posted) it`, note: 'A test entry.', source: 'this test' },
    { phrase: 'spare time', note: 'A test phrase.', source: 'this test' },
  ]);
  it('matches across any space character, with offsets and text from the original', () => {
    const text = 'Sorry, we\u00a0shipped\nit late; my\tspare  time is short.';
    const found = matchLexicon(lex, text);
    expect(found.map((m) => m.text)).toEqual(['we\u00a0shipped\nit', 'spare  time']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('refuses a lexicon over the size V8 optimises', () => {
    const huge = Array.from({ length: 3000 }, (_, i) => ({ phrase: `word${i} other${i}`, note: 'Filler.', source: 'this test' }));
    expect(() => compileLexicon(huge)).toThrow(/split it/);
  });
});
