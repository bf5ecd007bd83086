/**
 * reply-coach lint PATH...: a support team's whole macro library, judged as the browser judges a draft,
 * reported with ESLint's conventions (formats, severities, --max-warnings, exit codes 0/1/2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, rewrites, type Analysis, type EngineSettings, type Severity } from '../rules';
import { DEFAULT_SETTINGS, toEngineSettings } from '../utils/settings-schema';
import { importSettings } from '../utils/settings-import-export';
import { FORMATS, format, type Format, type LintMessage, type LintResult } from './formatters';
import { collect, display, readStdin, readText, ReadError } from './inputs';
import { lineStarts, positionAt } from './positions';
import { InputError, repliesIn, type Reply } from './sources';
import { SENSITIVITIES } from './record';
import { compromiseLoadedAt } from './lazy-compromise';

declare const __REPLY_COACH_VERSION__: string | undefined;
export const VERSION = typeof __REPLY_COACH_VERSION__ === 'string' ? __REPLY_COACH_VERSION__ : '0.0.0-dev';

export const LINT_USAGE = `Usage: reply-coach lint [options] PATH...
  PATH: files, folders (recursive; .replycoachignore is honoured), globs, or - for standard input.
  Reads .txt and .md (one reply per file), .html (its text), .jsonl ({"id","text","incoming"?}),
  and JSON or CSV exports of Zendesk macros, Freshdesk canned responses, Help Scout saved replies
  and Gorgias macros (each macro is reported as FILE#<id or title>).
  -f, --format F        stylish (default), json, sarif, github or csv
  --max-warnings N      fail when there are more than N warnings (low and medium findings)
  --fail-on S           fail on any finding of severity S or above: low, medium or high (default high)
  --settings FILE       the options page's settings export (validated as the extension validates it)
  --sensitivity S       gentle, standard or strict (overrides the settings file)
  --rewrites            add the calmer and firmer rewrites to the json output
  --stdin-filename F    the name (and so the format) of standard input, e.g. export.json
  -o, --output-file F   write the report to F instead of standard output
  -h, --help            this help
Exit codes: 0 clean or within the thresholds, 1 over a threshold, 2 bad usage or unreadable input.`;

export class UsageError extends Error {}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export interface LintOptions {
  paths: string[];
  format: Format;
  maxWarnings?: number;
  failOn: Severity;
  settingsFile?: string;
  sensitivity?: EngineSettings['sensitivity'];
  rewrites: boolean;
  stdinFilename?: string;
  outputFile?: string;
}

export function parseLintArgs(argv: readonly string[]): LintOptions | 'help' {
  const args = [...argv];
  const o: LintOptions = { paths: [], format: 'stylish', failOn: 'high', rewrites: false };
  const value = (flag: string) => {
    const v = args.shift();
    if (v === undefined) throw new UsageError(`${flag} needs a value (see --help)`);
    return v;
  };
  while (args.length) {
    let a = args.shift()!;
    const eq = /^(--[\w-]+)=(.*)$/s.exec(a);
    if (eq) {
      a = eq[1];
      args.unshift(eq[2]);
    }
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '-f' || a === '--format') {
      const f = value(a);
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      o.format = f as Format;
    } else if (a === '--max-warnings') {
      const n = value(a);
      if (!/^\d+$/.test(n)) throw new UsageError('--max-warnings must be a whole number, 0 or more');
      o.maxWarnings = Number(n);
    } else if (a === '--fail-on') {
      const s = value(a);
      if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
      o.failOn = s as Severity;
    } else if (a === '--settings') o.settingsFile = value(a);
    else if (a === '--sensitivity') {
      const s = value(a);
      if (!SENSITIVITIES.includes(s)) throw new UsageError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      o.sensitivity = s as EngineSettings['sensitivity'];
    } else if (a === '--rewrites') o.rewrites = true;
    else if (a === '--stdin-filename') o.stdinFilename = value(a);
    else if (a === '-o' || a === '--output-file') o.outputFile = value(a);
    else if (a === '--') o.paths.push(...args.splice(0));
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (see reply-coach lint --help)`);
    else o.paths.push(a);
  }
  if (!o.paths.length) throw new UsageError('no PATH given (files, folders, globs or - for standard input; see reply-coach lint --help)');
  if (o.rewrites && o.format !== 'json') throw new UsageError('--rewrites adds rewrites to the json output; use it with --format json');
  return o;
}

/** The engine settings the browser would use: the options page's export, or the extension's defaults. */
export function loadEngineSettings(file: string | undefined, sensitivity?: EngineSettings['sensitivity']): Partial<EngineSettings> {
  let settings = DEFAULT_SETTINGS;
  if (file !== undefined) {
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`--settings ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const r = importSettings(json);
    if (!r.ok) throw new UsageError(`--settings ${file}: ${r.error}`);
    settings = r.settings;
  }
  const engine = toEngineSettings(settings);
  return sensitivity ? { ...engine, sensitivity } : engine;
}

export const EMPTY_RULE = 'empty-reply';

/** One reply's findings as ESLint messages. An empty reply is a finding of its own. */
export function lintReply(reply: Reply, settings: Partial<EngineSettings>, withRewrites: boolean): LintResult {
  const starts = lineStarts(reply.text);
  const messages: LintMessage[] = [];
  let analysis: Analysis | undefined;
  if (reply.text.trim() === '') {
    messages.push({ ruleId: EMPTY_RULE, category: 'empty', severity: 2, level: 'high', message: 'This reply is empty: a customer would receive nothing.', line: 1, column: 1, endLine: 1, endColumn: 1 });
  } else {
    analysis = analyze(reply.text, { incoming: reply.incoming, settings });
    if (analysis.skipped === 'empty') {
      const end = positionAt(starts, reply.text.length);
      messages.push({ ruleId: EMPTY_RULE, category: 'empty', severity: 2, level: 'high', message: 'This reply has no words of its own: only a greeting, a signature or quoted text.', line: 1, column: 1, endLine: end.line, endColumn: end.column });
    }
    for (const f of analysis.findings) {
      const s = positionAt(starts, f.start);
      const e = positionAt(starts, f.end);
      const quoted = f.text.length > 60 ? `${f.text.slice(0, 57)}...` : f.text;
      messages.push({
        ruleId: f.rule,
        category: f.category,
        severity: f.severity === 'high' ? 2 : 1,
        level: f.severity,
        message: `${JSON.stringify(quoted.replace(/\s+/g, ' '))}: ${f.message}`,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        ...(f.replacement !== undefined ? { fix: { range: [f.start, f.end] as [number, number], text: f.replacement } } : {}),
      });
    }
  }
  return {
    filePath: reply.name,
    file: reply.file,
    ...(reply.title ? { title: reply.title } : {}),
    wholeFile: reply.wholeFile,
    fileLine: reply.fileLine,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    ...(withRewrites && analysis ? { rewrites: rewrites(analysis) } : withRewrites ? { rewrites: { calmer: reply.text, firmer: reply.text } } : {}),
  };
}

/** ESLint's rule: errors fail; warnings fail only past --max-warnings. --fail-on lowers the bar to a severity. */
export function overThreshold(results: readonly LintResult[], o: Pick<LintOptions, 'maxWarnings' | 'failOn'>): boolean {
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) return true;
  return results.some((r) => r.messages.some((m) => RANK[m.level] >= RANK[o.failOn]));
}

/** A progress line goes to a terminal only, never into piped output, and only for more than 50 inputs. */
export const showProgress = (inputs: number, stderrIsTTY: boolean | undefined) => inputs > 50 && !!stderrIsTTY;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean | undefined;
}

export async function lint(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseLintArgs(argv);
  if (parsed === 'help') {
    io.stdout(LINT_USAGE + '\n');
    return 0;
  }
  const o = parsed;
  const startedAt = performance.now();
  const settings = loadEngineSettings(o.settingsFile, o.sensitivity);
  const problems: string[] = [];
  const warn = (line: string) => {
    problems.push(line);
    io.stderr(`reply-coach: ${line}\n`);
  };
  const found = await collect(o.paths);
  found.problems.forEach(warn);
  if (found.files.filter((f) => f !== '-').length + (found.files.includes('-') ? 1 : 0) === 0 && !found.problems.length) {
    throw new UsageError(`no files to lint in ${o.paths.join(', ')} (lint reads .txt, .md, .html, .jsonl, .json and .csv)`);
  }

  // Read and split every file first, so the progress line can count replies.
  const replies: Reply[] = [];
  for (const file of found.files) {
    try {
      const name = file === '-' ? (o.stdinFilename ?? '<stdin>') : display(file);
      const content = file === '-' ? readStdin() : readText(file);
      const r = await repliesIn(name, content, file === '-' ? (o.stdinFilename ?? 'stdin.txt') : file);
      r.problems.forEach(warn);
      replies.push(...r.replies);
    } catch (e) {
      if (e instanceof ReadError || e instanceof InputError) warn(e.message);
      else warn(`${file === '-' ? '<stdin>' : display(file)}: unexpected error (${String(e).split('\n')[0]})`);
    }
  }

  const readAt = performance.now();
  const progress = showProgress(replies.length, io.stderrIsTTY);
  const results: LintResult[] = [];
  let shown = 0;
  for (let i = 0; i < replies.length; i++) {
    results.push(lintReply(replies[i], settings, o.rewrites));
    if (progress && (i === replies.length - 1 || Date.now() - shown > 100)) {
      shown = Date.now();
      io.stderr(`\r\x1b[2Kreply-coach: ${i + 1}/${replies.length} replies`);
    }
  }
  if (progress) io.stderr('\r\x1b[2K');
  if (process.env.TIMING) {
    // As ESLint's TIMING=1: where the time went, on stderr. compromise loads only if a reply needs it.
    const at = compromiseLoadedAt();
    const ms = (x: number) => `${Math.round(x)} ms`;
    io.stderr(`reply-coach timing: ${replies.length} replies; started ${ms(startedAt)}, read ${ms(readAt - startedAt)}, analysed ${ms(performance.now() - readAt)}; compromise ${at === undefined ? 'not loaded' : `loaded at ${ms(at)}`}\n`);
  }

  const report = format(o.format, results, VERSION);
  if (o.outputFile) {
    try {
      writeFileSync(o.outputFile, report);
    } catch (e) {
      throw new UsageError(`--output-file ${o.outputFile}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else io.stdout(report);
  if (problems.length) {
    io.stderr(`reply-coach: ${problems.length} input ${problems.length === 1 ? 'problem' : 'problems'} (see above); the other files were checked\n`);
    return 2;
  }
  return overThreshold(results, o) ? 1 : 0;
}
