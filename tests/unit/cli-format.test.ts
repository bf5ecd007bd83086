/** The lint CLI's pure parts: positions, thresholds, the progress rule and the formatters' escaping. */
import { describe, expect, it } from 'vitest';
import { lineStarts, positionAt } from '../../cli/positions';
import { github, csv, type LintResult } from '../../cli/formatters';
import { overThreshold, showProgress } from '../../cli/lint';

const at = (text: string, offset: number) => positionAt(lineStarts(text), offset);

describe('positions', () => {
  it('are 1-based lines and UTF-16 columns, with \\n, \\r\\n and a lone \\r each ending a line', () => {
    expect(at('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(at('a\nb', 2)).toEqual({ line: 2, column: 1 });
    expect(at('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(at('a\rb\rc', 4)).toEqual({ line: 3, column: 1 });
    expect(at('😀x', 2)).toEqual({ line: 1, column: 3 });
    expect(at('a\n', 2)).toEqual({ line: 2, column: 1 });
  });
});

const result = (levels: ('low' | 'medium' | 'high')[], extra: Partial<LintResult> = {}): LintResult => {
  const messages = levels.map((level) => ({ ruleId: 'r', category: 'hostile', severity: (level === 'high' ? 2 : 1) as 1 | 2, level, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 }));
  return { filePath: 'f.txt', file: 'f.txt', wholeFile: true, fileLine: 1, messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length, ...extra };
};

describe('thresholds', () => {
  it('fail on errors by default, on warnings past --max-warnings, and on any finding at or above --fail-on', () => {
    expect(overThreshold([result([])], { failOn: 'high' })).toBe(false);
    expect(overThreshold([result(['high'])], { failOn: 'high' })).toBe(true);
    expect(overThreshold([result(['low', 'medium'])], { failOn: 'high' })).toBe(false);
    expect(overThreshold([result(['low', 'medium'])], { failOn: 'high', maxWarnings: 2 })).toBe(false);
    expect(overThreshold([result(['low', 'medium'])], { failOn: 'high', maxWarnings: 1 })).toBe(true);
    expect(overThreshold([result(['medium'])], { failOn: 'medium' })).toBe(true);
    expect(overThreshold([result(['low'])], { failOn: 'medium' })).toBe(false);
  });

  it('show progress only on a terminal and only for more than 50 inputs', () => {
    expect(showProgress(51, true)).toBe(true);
    expect(showProgress(50, true)).toBe(false);
    expect(showProgress(500, false)).toBe(false);
    expect(showProgress(500, undefined)).toBe(false);
  });
});

describe('formatters', () => {
  it('github escapes %, CR and LF in data, and also : and , in properties', () => {
    const r = result(['high'], { file: 'a:b,c%.json', filePath: 'a:b,c%.json#1', wholeFile: false, fileLine: 7 });
    r.messages[0].message = '50% off\nnext line';
    const line = github([r]).trim();
    expect(line).toBe('::error file=a%3Ab%2Cc%25.json,line=7,title=r (hostile)::a:b,c%25.json#1 1:1: 50%25 off%0Anext line');
  });

  it('csv quotes fields with commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    const r = result(['high']);
    r.messages[0].message = '=HYPERLINK("x"), then\nmore';
    const [, row] = csv([r]).split('\r\n');
    expect(row).toContain('"\'=HYPERLINK(""x""), then\nmore"');
  });
});
