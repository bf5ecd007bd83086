/**
 * The package as a user gets it: npm pack, install the tarball into an empty folder, run
 * `npx reply-coach lint`. The bin is bundled (dist/*.mjs) and the package has no runtime dependencies,
 * so the install fetches nothing (--offline) and runs no build step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('the npm package', () => {
  it('installs from its tarball with nothing fetched, and `npx reply-coach lint` works', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'reply-coach-pkg-'));
    const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
    // prepack builds dist/ first.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }));
    const files = (packed[0].files as { path: string }[]).map((f) => f.path).sort();
    expect(files).toContain('dist/cli.mjs');
    expect(files.filter((f) => !/^dist\/[\w-]+\.mjs$/.test(f))).toEqual(['README.md', 'package.json']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});

    const app = join(tmp, 'app');
    cpSync(join(root, 'tests/fixtures/macros'), app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'support-macros', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', join(tmp, packed[0].filename), '--offline', '--no-audit', '--no-fund', '--no-save'], { cwd: app, env, stdio: 'pipe' });
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['reply-coach']);
    expect(existsSync(join(app, 'node_modules/.bin/reply-coach'))).toBe(true);

    const r = spawnSync('npx', ['--no', 'reply-coach', 'lint', '-f', 'json', 'zendesk.json', 'helpscout.json', 'library'], { cwd: app, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.find((x) => x.filePath === 'zendesk.json#360001')!.messages.map((m) => m.ruleId)).toEqual(['sarcasm-already-said', 'hostile-dismissal']);
    // HTML (the lazily loaded DOM chunk) and compromise (blame-should-have) both work from the package.
    expect(results.find((x) => x.filePath === 'helpscout.json#91')!.messages.map((m) => m.ruleId)).toEqual(['blame-should-have']);
    expect(results.find((x) => x.filePath === 'library/drafts/reply.html')!.messages.map((m) => m.ruleId)).toEqual(['hostile-dismissal']);
    expect(r.status).toBe(1);
  }, 90_000);
});
