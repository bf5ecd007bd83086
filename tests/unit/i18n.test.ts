import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SITUATIONS } from '../../rules/types';
import { POLICY_KEYS, SENSITIVITIES } from '../../utils/settings';

const ROOT = resolve(__dirname, '../..');
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const source = ['entrypoints', 'components', 'utils'].flatMap((d) => files(join(ROOT, d))).map((f) => readFileSync(f, 'utf8')).join('\n');
const literalKeys = [...source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]);
/** Keys the manifest asks for (__MSG_key__), such as the keyboard shortcut's description. */
const manifestKeys = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
const dynamicKeys = [
  ...CATEGORIES.flatMap((c) => [`category_${c.replace('-', '_')}`, `category_${c.replace('-', '_')}Hint`]),
  ...SITUATIONS.map((s) => `situation_${s.replace('-', '_')}`),
  ...SENSITIVITIES.flatMap((s) => [`sensitivity_${s}`, `sensitivity_${s}Hint`]),
  ...POLICY_KEYS.flatMap((k) => [`policy_${k}`, `policy_${k}Placeholder`]),
  ...['storage', 'scripting', 'activeTab', 'optional_host_permissions'].map((p) => `permission_${p}`),
];

describe('i18n', () => {
  it('has a message for every key the code asks for', () => {
    expect(literalKeys.length).toBeGreaterThan(50);
    expect(manifestKeys).toContain('command_openPanel');
    expect([...literalKeys, ...dynamicKeys, ...manifestKeys].filter((k) => !messages[k])).toEqual([]);
  });

  it('has no message the code never uses', () => {
    const used = new Set([...literalKeys, ...dynamicKeys, ...manifestKeys]);
    expect(Object.keys(messages).filter((k) => !used.has(k))).toEqual([]);
  });

  it('uses only valid names and positional placeholders', () => {
    for (const [k, v] of Object.entries(messages)) {
      expect(k).toMatch(/^[A-Za-z0-9_]+$/);
      expect(v.message.trim()).not.toBe('');
      for (const m of v.message.matchAll(/\$(\w+)/g)) expect(m[1], `${k}: $${m[1]}`).toMatch(/^[1-9]$/);
    }
  });

  it('keeps the accessible names the e2e tests and users rely on', () => {
    expect([messages.action_applyCalmer.message, messages.action_applyFirmer.message, messages.action_copy.message]).toEqual(['Apply calmer', 'Apply firmer', 'Copy']);
    expect(messages.badge_many.message).toMatch(/^Reply coach/);
  });
});
