/** The built manifest asks only for what the README's permission table explains. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

type Manifest = {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
};
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
/** The store build (`npm run build`), which `npm test` makes first. */
const manifest = read(resolve(__dirname, '../../.output/chrome-mv3'));
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
  it('the e2e build differs only by host access to the local fixture server', () => {
    const e2e = read(EXTENSION);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(e2e.permissions).toEqual(manifest.permissions);
  });
  it('allows no remote or inline script and no eval on extension pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });
});
