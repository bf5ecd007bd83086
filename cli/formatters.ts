/**
 * Lint results in ESLint's shapes: stylish (for people), json (ESLint's result array), sarif (SARIF
 * 2.1.0 for GitHub code scanning), github (workflow annotations) and csv (one row per finding).
 */
import type { Rewrites, Severity } from '../rules';

export interface LintMessage {
  ruleId: string;
  category: string;
  /** ESLint's severity: 2 (error) for high, 1 (warning) for low and medium. */
  severity: 1 | 2;
  /** The engine's own severity. */
  level: Severity;
  message: string;
  /** 1-based, UTF-16 code units, in the reply's text. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The engine's replacement, as an ESLint fix: UTF-16 offsets in the reply's text. */
  fix?: { range: [number, number]; text: string };
}

export interface LintResult {
  /** The file, or FILE#<id or title> for a macro in an export. */
  filePath: string;
  /** The file on disk. */
  file: string;
  title?: string;
  /** True when line and column are positions in the file itself. */
  wholeFile: boolean;
  /** Where the reply starts in the file (1-based). */
  fileLine: number;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  rewrites?: Rewrites;
}

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word === 'reply' ? 'replies' : `${word}s`}`;

export function stylish(results: readonly LintResult[]): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  const byCategory = new Map<string, number>();
  const byFile = new Map<string, { findings: number; replies: number }>();
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    const f = byFile.get(r.file) ?? { findings: 0, replies: 0 };
    f.findings += r.messages.length;
    f.replies++;
    byFile.set(r.file, f);
    if (!r.messages.length) continue;
    out.push('', r.title ? `${r.filePath}  (${r.title})` : r.filePath);
    const pos = r.messages.map((m) => `${m.line}:${m.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    r.messages.forEach((m, i) => {
      byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1);
      out.push(`  ${pos[i].padEnd(posWidth)}  ${(m.severity === 2 ? 'error' : 'warning').padEnd(7)}  ${m.message}  ${m.ruleId}`);
    });
  }
  const total = errors + warnings;
  const replies = results.length;
  const withFindings = results.filter((r) => r.messages.length).length;
  if (!total) {
    out.push(`${plural(replies, 'reply')} checked, no problems`);
    return out.join('\n') + '\n';
  }
  out.push('', `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withFindings} of ${plural(replies, 'reply')}`);
  out.push('', 'By category:');
  const cats = [...byCategory].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const catWidth = Math.max(...cats.map(([c]) => c.length));
  for (const [c, n] of cats) out.push(`  ${c.padEnd(catWidth)}  ${n}`);
  out.push('', 'By file:');
  const files = [...byFile].filter(([, f]) => f.findings).sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1));
  const fileWidth = Math.max(...files.map(([f]) => f.length));
  for (const [f, n] of files) out.push(`  ${f.padEnd(fileWidth)}  ${plural(n.findings, 'problem')} in ${plural(n.replies, 'reply')}`);
  return out.join('\n') + '\n';
}

/** ESLint's JSON: one result per reply. */
export function json(results: readonly LintResult[]): string {
  return (
    JSON.stringify(
      results.map((r) => ({
        filePath: r.filePath,
        messages: r.messages.map((m) => ({
          ruleId: m.ruleId,
          category: m.category,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          ...(m.fix ? { fix: m.fix } : {}),
        })),
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        ...(r.rewrites ? { rewrites: r.rewrites } : {}),
      })),
    ) + '\n'
  );
}

/**
 * Where a finding sits in the file on disk. For a plain text file that is the finding itself; for a
 * macro inside an export or an HTML file, the line the reply starts on (GitHub needs a line), and the
 * message says where in the reply.
 */
function physical(r: LintResult, m: LintMessage) {
  return r.wholeFile
    ? { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }
    : { startLine: r.fileLine };
}

const where = (r: LintResult, m: LintMessage) => (r.wholeFile ? m.message : `${r.filePath}${r.title ? ` (${r.title})` : ''} ${m.line}:${m.column}: ${m.message}`);

export function sarif(results: readonly LintResult[], version: string): string {
  const rules = new Map<string, { category: string; description: string }>();
  for (const r of results) for (const m of r.messages) if (!rules.has(m.ruleId)) rules.set(m.ruleId, { category: m.category, description: m.message.replace(/^"[^"]*": /, '') });
  const ids = [...rules.keys()].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reply-coach',
            version,
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: rules.get(id)!.description },
              properties: { category: rules.get(id)!.category, tags: [rules.get(id)!.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: ids.indexOf(m.ruleId),
            level: m.severity === 2 ? 'error' : 'warning',
            message: { text: where(r, m) },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, region: physical(r, m) },
                ...(r.wholeFile ? {} : { logicalLocations: [{ name: r.filePath.slice(r.file.length + 1) || r.filePath, kind: 'object' }] }),
              },
            ],
            properties: { category: m.category, severity: m.level },
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** GitHub's workflow-command escaping: data escapes %, CR and LF; property values also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(results: readonly LintResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const p = physical(r, m);
      const props = [`file=${escapeProperty(r.file)}`, `line=${p.startLine}`];
      if ('startColumn' in p) props.push(`endLine=${p.endLine}`, `col=${p.startColumn}`, `endColumn=${p.endColumn}`);
      props.push(`title=${escapeProperty(`${m.ruleId} (${m.category})`)}`);
      out.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(where(r, m))}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** RFC 4180 fields; a field that a spreadsheet would run as a formula is prefixed with '. */
function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(results: readonly LintResult[]): string {
  const rows: (string | number)[][] = [['file', 'reply', 'title', 'line', 'column', 'endLine', 'endColumn', 'severity', 'level', 'category', 'ruleId', 'message', 'suggestion']];
  for (const r of results) {
    for (const m of r.messages) {
      rows.push([r.file, r.filePath, r.title ?? '', m.line, m.column, m.endLine, m.endColumn, m.severity === 2 ? 'error' : 'warning', m.level, m.category, m.ruleId, m.message, m.fix?.text ?? '']);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function format(name: Format, results: readonly LintResult[], version: string): string {
  switch (name) {
    case 'json':
      return json(results);
    case 'sarif':
      return sarif(results, version);
    case 'github':
      return github(results);
    case 'csv':
      return csv(results);
    default:
      return stylish(results);
  }
}
