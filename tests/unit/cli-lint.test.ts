/**
 * reply-coach lint, run as users run it (the built dist/cli.mjs in a child process): inputs, export
 * formats, output formats, thresholds and exit codes, settings, rewrites, bad input and progress.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../rules';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';
import { exportSettings } from '../../utils/settings-import-export';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.mjs');
const fixtures = join(root, 'tests/fixtures/macros');
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-lint-'));
chmodSync(dir, 0o755);

const run = (args: string[], opts: SpawnSyncOptions & { input?: string | Buffer } = {}) =>
  spawnSync('node', [cli, 'lint', ...args], { encoding: 'utf8', cwd: fixtures, ...opts }) as { status: number | null; stdout: string; stderr: string };
const lintJson = (args: string[], opts?: Parameters<typeof run>[1]) => {
  const r = run(['-f', 'json', ...args], opts);
  return { ...r, results: JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; category: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string } }[]; errorCount: number; warningCount: number; rewrites?: { calmer: string; firmer: string } }[] };
};
const rules = (r: ReturnType<typeof lintJson>, name: string) => r.results.find((x) => x.filePath === name)?.messages.map((m) => m.ruleId);

beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
});

describe('inputs', () => {
  it('reads each export format by its fields and names each macro FILE#id', () => {
    const r = lintJson(['zendesk.json', 'freshdesk.json', 'helpscout.json', 'gorgias.json', 'freshdesk.csv', 'replies.jsonl']);
    expect(r.results.map((x) => x.filePath)).toEqual([
      'zendesk.json#360001',
      'zendesk.json#360002',
      'zendesk.json#360004', // 360003 only sets ticket fields: it holds no reply
      'freshdesk.json#7001',
      'freshdesk.json#7002',
      'helpscout.json#91',
      'helpscout.json#92',
      'gorgias.json#501',
      'freshdesk.csv#8001',
      'freshdesk.csv#8002',
      'freshdesk.csv#8003',
      'replies.jsonl#r1',
      'replies.jsonl#r2',
    ]);
    expect(rules(r, 'zendesk.json#360001')).toEqual(['sarcasm-already-said', 'hostile-dismissal']);
    expect(rules(r, 'zendesk.json#360002')).toEqual([]);
    expect(rules(r, 'freshdesk.json#7002')).toContain('defensive-denial');
    expect(rules(r, 'helpscout.json#91')).toEqual(['blame-should-have']);
    expect(rules(r, 'gorgias.json#501')).toEqual(['sarcasm-obviously', 'exclamation-stacked']);
    expect(rules(r, 'freshdesk.csv#8002')).toEqual(['hostile-dismissal']);
    expect(rules(r, 'replies.jsonl#r2')).toEqual(['sarcasm-already-said', 'caps-shouting']);
    expect(r.status).toBe(1);
  });

  it('judges exactly what the engine judges (the bundled, lazily loaded compromise included)', () => {
    const drafts = ['You should have checked the size chart before you ordered.', 'YOU SHOULD HAVE READ THE LISTING.', "Calm down!!! It's not our fault.", 'Obviously the box was damaged before it left us.', 'Thanks, a replacement ships today.'];
    const input = drafts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    const r = lintJson(['--stdin-filename', 'drafts.jsonl', '-'], { input });
    expect(r.results.map((x) => x.messages.map((m) => m.ruleId))).toEqual(drafts.map((d) => analyze(d).findings.map((f) => f.rule)));
    expect(r.results.flatMap((x) => x.messages).length).toBeGreaterThan(4);
  });

  it('loads compromise only when a reply needs it', () => {
    const clean = run(['-'], { input: 'Thanks for waiting. Your parcel ships today.', env: { ...process.env, TIMING: '1' } });
    expect(clean.stderr).toMatch(/compromise not loaded/);
    const needs = run(['-'], { input: 'You should have checked the size chart before you ordered.', env: { ...process.env, TIMING: '1' } });
    expect(needs.stderr).toMatch(/compromise loaded at \d+ ms/);
  });

  it('walks folders recursively, honours .replycoachignore, and reads the text of HTML', () => {
    const r = lintJson(['library']);
    expect(r.results.map((x) => x.filePath).sort()).toEqual(['library/drafts/angry.md', 'library/drafts/reply.html', 'library/empty.txt', 'library/welcome.txt']);
    // The quoted customer text in <blockquote> is left out, as in the browser; the reply's own line is judged.
    const html = r.results.find((x) => x.filePath === 'library/drafts/reply.html')!;
    expect(html.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['hostile-dismissal', 2, 1]]);
  });

  it('expands globs, and reads standard input as the format --stdin-filename names', () => {
    const r = lintJson(['*.json']);
    expect(new Set(r.results.map((x) => x.filePath.split('#')[0]))).toEqual(new Set(['freshdesk.json', 'gorgias.json', 'helpscout.json', 'zendesk.json']));
    expect(r.stderr).toMatch(/object\.json/); // bad files matched by the glob are still reported
    const csv = 'id,title,content\n1,Hi,"Calm down, please."\n';
    const s = lintJson(['--stdin-filename', 'export.csv', '-'], { input: csv });
    expect(s.results.map((x) => [x.filePath, x.messages[0]?.ruleId])).toEqual([['export.csv#1', 'hostile-dismissal']]);
  });

  it('reports an empty file and an empty macro as an "empty reply" finding, not as clean', () => {
    const r = lintJson(['library/empty.txt', 'zendesk.json']);
    expect(rules(r, 'library/empty.txt')).toEqual(['empty-reply']);
    expect(rules(r, 'zendesk.json#360004')).toEqual(['empty-reply']);
    expect(r.status).toBe(1);
    const blank = run(['-'], { input: '  \n\n ' });
    expect(blank.status).toBe(1);
    expect(blank.stdout).toMatch(/empty-reply/);
  });
});

describe('output formats', () => {
  const text = 'Hi 😀 there,\r\nYour order is late.\r\n\r\nCalm down, the 🚚 is late!!!\n';

  it('json: ESLint results with 1-based lines and UTF-16 columns, severities 2 (high) and 1, and fixes', () => {
    writeFileSync(join(dir, 'positions.txt'), text);
    const r = lintJson([join(dir, 'positions.txt')]);
    const [res] = r.results;
    const calm = res.messages.find((m) => m.ruleId === 'hostile-dismissal')!;
    expect(calm).toMatchObject({ category: 'hostile', severity: 2, line: 4, column: 1, endLine: 4, endColumn: 10 });
    const bang = res.messages.find((m) => m.ruleId === 'exclamation-stacked')!;
    // "Calm down, the 🚚 is late" : the lorry is two UTF-16 code units, so "!!!" starts at column 26.
    expect(bang).toMatchObject({ severity: 1, line: 4, column: 26, endColumn: 29 });
    expect(text.slice(bang.fix!.range[0], bang.fix!.range[1])).toBe('!!!');
    expect(res.errorCount).toBe(res.messages.filter((m) => m.severity === 2).length);
    expect(res.warningCount).toBe(res.messages.filter((m) => m.severity === 1).length);
  });

  it('sarif: SARIF 2.1.0 with rules, levels and regions GitHub code scanning can show', () => {
    const r = run(['-f', 'sarif', 'freshdesk.json', 'library/drafts/angry.md']);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('reply-coach');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const res of run0.results) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning']).toContain(res.level);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^(freshdesk\.json|library\/drafts\/angry\.md)$/);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const md = run0.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'defensive-denial' && x.locations[0].physicalLocation.artifactLocation.uri.endsWith('.md'));
    expect(md.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 43, endLine: 3, endColumn: 61 });
    // A macro inside an export points at the line its text is on, and names the macro.
    const macro = run0.results.find((x: { message: { text: string } }) => x.message.text.startsWith('freshdesk.json#7002'));
    expect(macro.locations[0].physicalLocation.region).toEqual({ startLine: 14 });
    expect(r.status).toBe(1);
  });

  it('github: one workflow annotation per finding, with escaped properties and data', () => {
    writeFileSync(join(dir, 'a,b:c.txt'), 'Calm down.\n50% of it is late!!!');
    const r = run(['-f', 'github', join(dir, 'a,b:c.txt')]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=[^,]*a%2Cb%3Ac\.txt,line=1,endLine=1,col=1,endColumn=10,title=hostile-dismissal \(hostile\)::"Calm down": /);
    expect(lines[1]).toMatch(/^::warning file=.*,line=2,endLine=2,col=18,endColumn=21,title=exclamation-stacked \(exclamation\)::/);
  });

  it('csv: one row per finding, which a CSV reader reads back', () => {
    const r = run(['-f', 'csv', 'zendesk.json', 'freshdesk.csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const json = lintJson(['zendesk.json', 'freshdesk.csv']);
    expect(rows).toHaveLength(json.results.reduce((n, x) => n + x.messages.length, 0));
    expect(rows[0]).toMatchObject({ reply: 'zendesk.json#360001', title: 'Refund: already processed', line: '3', column: '1', severity: 'error', category: 'sarcasm', ruleId: 'sarcasm-already-said' });
    expect(rows.find((x) => x.reply === 'freshdesk.csv#8002')!.message).toMatch(/^"Calm down": /);
  });

  it('stylish: grouped by reply with line:column, severity, message and rule, then a summary per category and per file', () => {
    const r = run(['freshdesk.json', 'library/drafts/angry.md']);
    expect(r.stdout).toMatch(/^freshdesk\.json#7002 {2}\(Not our problem\)\n {2}1:1 +error +"It's not our fault": .* defensive-denial$/m);
    expect(r.stdout).toMatch(/✖ 5 problems \(2 errors, 3 warnings\) in 2 of 3 replies/);
    expect(r.stdout).toMatch(/By category:\n {2}excuse +3\n {2}defensive +2\n/);
    expect(r.stdout).toMatch(/By file:\n {2}freshdesk\.json +3 problems in 2 replies\n {2}library\/drafts\/angry\.md +2 problems in 1 reply\n/);
  });
});

describe('thresholds and exit codes', () => {
  const warningsOnly = 'We were very busy that week, so it shipped on Monday.';
  const clean = 'Thanks for waiting. Your parcel ships today.';

  it('exits 0 when clean, 1 on errors, and 0 on warnings alone (as ESLint does)', () => {
    expect(run(['-'], { input: clean }).status).toBe(0);
    expect(run(['-'], { input: 'Calm down.' }).status).toBe(1);
    const w = lintJson(['-'], { input: warningsOnly });
    expect(w.results[0].warningCount).toBeGreaterThan(0);
    expect(w.results[0].errorCount).toBe(0);
    expect(w.status).toBe(0);
  });

  it('--max-warnings N fails past N warnings; --fail-on lowers the bar to a severity', () => {
    expect(run(['--max-warnings', '0', '-'], { input: warningsOnly }).status).toBe(1);
    expect(run(['--max-warnings', '5', '-'], { input: warningsOnly }).status).toBe(0);
    expect(run(['--fail-on', 'medium', '-'], { input: warningsOnly }).status).toBe(1);
    expect(run(['--fail-on', 'low', '-'], { input: clean }).status).toBe(0);
  });

  it.each([
    [['--format', 'xml', 'x.txt'], /--format must be one of stylish, json, sarif, github, csv/],
    [['--max-warnings', 'many', 'x.txt'], /--max-warnings must be a whole number/],
    [['--fail-on', 'severe', 'x.txt'], /--fail-on must be one of low, medium, high/],
    [['--rewrites', 'x.txt'], /--rewrites .* --format json/],
    [[], /no PATH given/],
    [['--bogus', 'x.txt'], /unknown option --bogus/],
  ])('exits 2 on bad usage %j, with one line', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--settings and --rewrites', () => {
  it("judges with the options page's export: own phrases, never-flag words, categories, sensitivity", () => {
    const settings = { ...DEFAULT_SETTINGS, customPhrases: [{ phrase: 'no worries', message: 'Say "happy to help" instead.', replacement: 'happy to help' }], categories: { ...DEFAULT_SETTINGS.categories, exclamation: false } };
    const file = join(dir, 'reply-coach-settings.json');
    writeFileSync(file, exportSettings(settings));
    const input = 'No worries, it ships today!!!';
    const without = lintJson(['-'], { input });
    expect(without.results[0].messages.map((m) => m.ruleId)).toEqual(['exclamation-stacked']);
    const withSettings = lintJson(['--settings', file, '-'], { input });
    expect(withSettings.results[0].messages.map((m) => [m.ruleId, m.fix?.text])).toEqual([['custom-phrase', 'happy to help']]);
  });

  it('refuses a settings file the options page would refuse, with its reason, and exits 2', () => {
    const file = join(dir, 'bad-settings.json');
    writeFileSync(file, JSON.stringify({ app: 'reply-coach', version: 1, settings: { sensitivity: 'loud' } }));
    const r = run(['--settings', file, '-'], { input: 'Hello.' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad-settings\.json: Nothing was imported\. sensitivity: must be one of gentle, standard, strict/);
  });

  it('adds the calmer and firmer rewrites to the json output', () => {
    const r = lintJson(['--rewrites', '-'], { input: "Calm down!!! It's not our fault." });
    expect(r.results[0].rewrites).toBeDefined();
    expect(r.results[0].rewrites!.calmer).not.toMatch(/Calm down|!!!/);
    expect(typeof r.results[0].rewrites!.firmer).toBe('string');
    expect(lintJson(['-'], { input: 'Calm down.' }).results[0].rewrites).toBeUndefined();
  });
});

describe('bad input: one line naming the file, the other files still checked, exit 2 at the end', () => {
  const good = join(dir, 'good.txt');
  beforeAll(() => writeFileSync(good, 'Calm down, it ships today.'));

  const cases: [string, () => string, RegExp, SpawnSyncOptions?][] = [
    ['a binary file', () => { const f = join(dir, 'image.txt'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])); return f; }, /image\.txt: looks like a binary file/],
    ['a non-UTF-8 file', () => { const f = join(dir, 'latin1.txt'); writeFileSync(f, Buffer.from('caf\xe9 au lait', 'latin1')); return f; }, /latin1\.txt: not valid UTF-8/],
    ['a 50 MB export', () => { const f = join(dir, 'huge.json'); const fd = openSync(f, 'w'); ftruncateSync(fd, 50 * 1024 * 1024); closeSync(fd); return f; }, /huge\.json: too large \(50\.0 MB; the limit is 20 MB\)/],
    ['CSV with broken quoting', () => join(fixtures, 'broken.csv'), /broken\.csv: not valid CSV \(.*line 2/],
    ['JSON that is an object, not an array', () => join(fixtures, 'object.json'), /object\.json: expected an array of macros .* found an object with fields name, rows/],
    ['JSON of an unknown shape', () => join(fixtures, 'unknown.json'), /unknown\.json: unknown export format \(fields: subject, body\); expected Zendesk macros/],
    ['a symlink loop in a folder', () => { const d = join(dir, 'loopy'); mkdirSync(d); writeFileSync(join(d, 'ok.txt'), 'Thanks, it ships today.'); symlinkSync('.', join(d, 'again')); symlinkSync(join(d, 'b'), join(d, 'a')); symlinkSync(join(d, 'a'), join(d, 'b')); return d; }, /loopy\/again: symlink loop \(leads back to/],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    const bad = make();
    const r = lintJson([bad, good], { cwd: dir });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => message.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/input problems? \(see above\); the other files were checked/);
    expect(rules(r, 'good.txt')).toEqual(['hostile-dismissal']);
  });

  it('a symlink loop is reported once per link, and the real files in the folder are read once', () => {
    const d = join(dir, 'loopy2');
    mkdirSync(d);
    writeFileSync(join(d, 'ok.txt'), 'Calm down.');
    symlinkSync('.', join(d, 'again'));
    const r = lintJson([d], { cwd: dir });
    expect(r.results.map((x) => x.filePath)).toEqual(['loopy2/ok.txt']);
    expect(r.stderr).toMatch(/loopy2\/again: symlink loop/);
    expect(r.status).toBe(2);
  });

  // Tests run as root here, and root reads a chmod 000 file anyway; so the CLI runs as "nobody" then.
  it('unreadable permissions', () => {
    const f = join(dir, 'secret.txt');
    writeFileSync(f, 'Calm down.');
    chmodSync(f, 0o000);
    chmodSync(good, 0o644);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = lintJson([f, good], { cwd: dir, ...asNobody });
    expect(r.stderr).toMatch(/secret\.txt: cannot read \(permission denied\)/);
    expect(rules(r, 'good.txt')).toEqual(['hostile-dismissal']);
    expect(r.status).toBe(2);
  });

  it('a malformed line in a .jsonl file names the file and line; the other lines are checked', () => {
    const f = join(dir, 'mixed.jsonl');
    writeFileSync(f, '{"id":"a","text":"Calm down."}\nnot json\n{"id":"c","text":"Thanks, it ships today."}\n');
    const r = lintJson([f], { cwd: dir });
    expect(r.stderr).toMatch(/mixed\.jsonl: line 2: not valid JSON/);
    expect(r.results.map((x) => x.filePath)).toEqual(['mixed.jsonl#a', 'mixed.jsonl#c']);
    expect(r.status).toBe(2);
  });

  it('a missing path is one line, and exit 2', () => {
    const r = lintJson([join(dir, 'nope.txt'), good], { cwd: dir });
    expect(r.stderr).toMatch(/nope\.txt: no such file or folder/);
    expect(r.status).toBe(2);
  });
});

describe('progress', () => {
  const many = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: `Thanks for order ${i}, it ships today.` })).join('\n');

  it('never writes a progress line into piped output', () => {
    const r = run(['--stdin-filename', 'many.jsonl', '-'], { input: many });
    expect(r.stdout).not.toMatch(/\d+\/60/);
    expect(r.stderr).toBe('');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('shows a progress line on a terminal for more than 50 replies', () => {
    const f = join(dir, 'many.jsonl');
    writeFileSync(f, many);
    // script(1) gives the CLI a terminal; the report itself goes to a file.
    const out = join(dir, 'many-report.txt');
    const r = spawnSync('script', ['-qec', `node ${cli} lint -o ${out} ${f}`, '/dev/null'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/reply-coach: 60\/60 replies/);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\d+\/60/);
  });
});
