/** The CLI's contract: report, --json, --jsonl in order with per-line errors, and exit code 2 on bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-cli-'));
const run = (args: string[], input?: string | Buffer) => spawnSync('node', [cli, ...args], { input, encoding: 'utf8' });

beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
});

describe('reply-coach CLI', () => {
  it('prints a readable report and exits 1 when there are findings', () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, "Calm down!!! It's not our fault.");
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('hostile');
    expect(r.stdout).toContain('"Calm down"');
    expect(r.stdout).toMatch(/Checks: apology no/);
  });

  it('reports a placeholder left to fill in as an unfinished finding, never as clean', () => {
    const r = run(['-'], "I've checked your order. Here is what happens next: [what you will do, and when].");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('unfinished');
    expect(r.stdout).toContain('Fill in: what you will do, and when.');
  });

  it('exits 0 on a clean draft read from stdin', () => {
    const r = run(['-'], "I'm sorry for the delay. I've sent a replacement today.");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no findings');
  });

  it('prints the Analysis with --json', () => {
    const r = run(['--json', '-'], 'I ALREADY TOLD YOU.');
    const a = JSON.parse(r.stdout);
    expect(a.findings).toContainEqual(expect.objectContaining({ category: 'caps', rule: 'caps-shouting', start: 0, end: 18 }));
    expect(typeof a.rewrites.calmer).toBe('string');
    expect(a.checks).toHaveProperty('nextStep');
  });

  it('answers --jsonl line by line, in order, with an error line for each bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Calm down.' }),
      'not json',
      JSON.stringify({ id: 7 }),
      '',
      JSON.stringify({ id: 'b', text: 'Thanks, it ships today.', incoming: 'WHERE IS MY ORDER??? This is ridiculous' }),
      '[1,2]',
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(2); // malformed lines: CI must see them
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 7, 'b', 6]);
    expect(out[0].findings[0].category).toBe('hostile');
    expect(out[1].error).toMatch(/line 2: not valid JSON/);
    expect(out[2].error).toMatch(/"text" must be a string/);
    expect(out[3].situations).toContain('angry');
    expect(out[4].error).toMatch(/expected a JSON object/);
  });

  it('exits 1 from --jsonl when a line has findings, and 0 when every line is clean', () => {
    const clean = JSON.stringify({ id: 'a', text: 'Thanks, it ships today.' });
    expect(run(['--jsonl'], clean).status).toBe(0);
    expect(run(['--jsonl'], [clean, JSON.stringify({ id: 'b', text: 'Calm down.' })].join('\n')).status).toBe(1);
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], /cannot read .*no such file/],
    ['a binary file', () => { const f = join(dir, 'bin'); writeFileSync(f, Buffer.from([0x7f, 0x45, 0x00, 0x01])); return [f]; }, /binary/],
    ['a non-UTF-8 file', () => { const f = join(dir, 'latin1'); writeFileSync(f, Buffer.from([0x63, 0x61, 0x66, 0xe9])); return [f]; }, /not valid UTF-8/],
    ['an unknown option', () => ['--frobnicate'], /unknown option/],
    ['no file', () => [], /no file given/],
  ])('rejects %s with one line and exit code 2', (_name, args, message) => {
    const r = run(args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
