/** The built manifest asks only for what the README's permission table explains. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
};
const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## The CLI'));
const explained = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);

describe('manifest', () => {
  it('asks for exactly the permissions the README explains', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(explained.filter((p) => !p.includes(':')).sort());
  });
  it('asks for host access only as optional, one site at a time', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    const optional = explained.find((p) => p.startsWith('optional_host_permissions'))!;
    expect(manifest.optional_host_permissions).toEqual(optional.split(':').slice(1).join(':').split(',').map((s) => s.trim()));
  });
  it('allows no remote or inline script and no eval on extension pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self';";
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
