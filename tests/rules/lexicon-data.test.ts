/** Lexicon entries are data a reviewer can read: each says why its wording reads badly, and where that comes from. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../rules/lexicon/classes';

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
