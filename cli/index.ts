/** reply-coach: the engine from a terminal. Reads a draft (or JSON lines) and reports. */
import '../rules/model/bundled';
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, rewriteResult, rewrites, type Analysis, type AnalyzeContext, type EngineSettings } from '../rules';
import { lint, UsageError } from './lint';
import { parseRecord, SENSITIVITIES } from './record';

const USAGE = `Usage: reply-coach [options] FILE|-
       reply-coach lint [options] PATH...   (a whole macro library; see reply-coach lint --help)
  FILE or - (stdin): a draft reply; prints a readable report.
  --incoming FILE    the customer's message being answered (reads situations)
  --json             print the Analysis as JSON
  --jsonl            read JSON lines {"id","text","incoming"?} from stdin, write one {"id",...Analysis} per line
                     (exit 1 if any line has findings, 2 if any line is malformed)
  --sensitivity S    gentle, standard (default) or strict
  -h, --help         this help
Exit codes: 0 clean, 1 findings, 2 bad input or usage (in every mode, --jsonl included).`;

class InputError extends Error {}

/** Bytes to text: refuses binary and non-UTF-8 input with a clear reason. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name} looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

function readInput(path: string): string {
  if (path === '-') return decode(readFileSync(0), 'standard input');
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size > 20 * 1024 * 1024) throw new InputError(`${path} is larger than 20 MB`);
  try {
    return decode(readFileSync(path), path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

export function report(name: string, text: string, a: Analysis): string {
  const out: string[] = [];
  const mark = (b: boolean) => (b ? 'yes' : 'no');
  out.push(`${name}: ${a.findings.length === 0 ? 'no findings' : `${a.findings.length} finding${a.findings.length === 1 ? '' : 's'}`}`);
  if (a.skipped === 'not-english') out.push('  (not judged: the draft does not read as English)');
  if (a.truncatedAt !== undefined) out.push(`  (only the first ${a.truncatedAt} characters were analysed)`);
  for (const f of a.findings) {
    out.push(`  ${lineCol(text, f.start).padEnd(7)} ${f.category.padEnd(12)} ${JSON.stringify(f.text)}  ${f.message}  [${f.rule}, ${f.severity}]`);
    if (f.replacement !== undefined) out.push(`  ${''.padEnd(7)} ${''.padEnd(12)} suggestion: ${f.replacement === '' ? '(remove it)' : JSON.stringify(f.replacement)}`);
  }
  const c = a.checks;
  out.push(`Checks: apology ${mark(c.apology.present)}, acknowledgement ${mark(c.acknowledgement.present)}, next step ${mark(c.nextStep.present)}`);
  if (a.situations.length) {
    out.push(`Situation: ${a.situations.join(', ')}`);
    for (const adv of a.advice) out.push(`  - ${adv}`);
  }
  for (const [mode, label] of [['calmer', 'Calmer'], ['firmer', 'Firmer']] as const) {
    const r = rewriteResult(a, mode);
    if (r.offered) out.push(`${label} rewrite:`, indent(r.text));
    else if (r.reason) out.push(`${label} rewrite not offered: ${r.reason}`);
  }
  return out.join('\n');
}

const indent = (s: string) => s.replace(/^/gm, '  ');

/** Answers each line; returns the exit code: 2 if any line was malformed, else 1 if any had findings, else 0. */
async function jsonl(settings: Partial<EngineSettings>): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  let findings = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    const rec = parseRecord(line, lineNo);
    if ('error' in rec) {
      errors++;
      process.stdout.write(JSON.stringify({ id: rec.id, error: rec.error }) + '\n');
      continue;
    }
    try {
      const a = analyze(rec.text, { ...rec.context, settings: { ...settings, ...rec.context.settings } });
      if (a.findings.length) findings++;
      process.stdout.write(JSON.stringify({ id: rec.id, ...a, rewrites: rewrites(a) }) + '\n');
    } catch (e) {
      errors++;
      process.stdout.write(JSON.stringify({ id: rec.id, error: `line ${lineNo}: analysis failed: ${String(e)}` }) + '\n');
    }
  }
  return errors ? 2 : findings ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'lint') {
    return lint(argv.slice(1), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stderrIsTTY: process.stderr.isTTY,
    });
  }
  const args = [...argv];
  let mode: 'report' | 'json' | 'jsonl' = 'report';
  let file: string | undefined;
  let incomingFile: string | undefined;
  const settings: Partial<EngineSettings> = {};
  while (args.length) {
    const a = args.shift()!;
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (a === '--json') mode = 'json';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--incoming') incomingFile = args.shift();
    else if (a === '--sensitivity') {
      const s = args.shift();
      if (!s || !SENSITIVITIES.includes(s)) throw new InputError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      settings.sensitivity = s as EngineSettings['sensitivity'];
    } else if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option ${a} (see --help)`);
    else if (file === undefined) file = a;
    else throw new InputError(`one file at a time (got ${file} and ${a})`);
  }
  if (mode === 'jsonl') {
    if (file !== undefined && file !== '-') throw new InputError('--jsonl reads standard input; give no file');
    return jsonl(settings);
  }
  if (file === undefined) throw new InputError('no file given (use - for standard input; see --help)');
  const text = readInput(file);
  const incoming = incomingFile === undefined ? undefined : readInput(incomingFile);
  const analysis = analyze(text, { incoming, settings });
  if (mode === 'json') process.stdout.write(JSON.stringify({ ...analysis, rewrites: rewrites(analysis) }, null, 2) + '\n');
  else process.stdout.write(report(file === '-' ? '<stdin>' : file, text, analysis) + '\n');
  return analysis.findings.length ? 1 : 0;
}

export function run() {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      const known = e instanceof InputError || e instanceof UsageError;
      process.stderr.write(`reply-coach: ${known ? e.message : `unexpected error: ${String(e)}`}\n`);
      process.exitCode = 2;
    },
  );
}


