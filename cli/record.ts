/** One --jsonl record ({"id","text","incoming"?,"settings"?}): validated, or a one-line reason. */
import type { AnalyzeContext, EngineSettings } from '../rules';

export const SENSITIVITIES = ['gentle', 'standard', 'strict'];

/** Validates one JSONL record; returns the context or a reason. */
export function parseRecord(line: string, lineNo: number): { id: unknown; text: string; context: AnalyzeContext } | { id: unknown; error: string } {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { id: lineNo, error: `line ${lineNo}: not valid JSON` };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { id: lineNo, error: `line ${lineNo}: expected a JSON object` };
  const r = rec as Record<string, unknown>;
  const id = 'id' in r ? r.id : lineNo;
  if (typeof r.text !== 'string') return { id, error: `line ${lineNo}: "text" must be a string` };
  if (r.incoming !== undefined && r.incoming !== null && typeof r.incoming !== 'string') return { id, error: `line ${lineNo}: "incoming" must be a string` };
  const context: AnalyzeContext = { incoming: (r.incoming as string | undefined) ?? undefined };
  if (r.settings !== undefined) {
    const s = r.settings as Partial<EngineSettings>;
    if (typeof s !== 'object' || s === null) return { id, error: `line ${lineNo}: "settings" must be an object` };
    if (s.sensitivity !== undefined && !SENSITIVITIES.includes(s.sensitivity)) return { id, error: `line ${lineNo}: unknown sensitivity ${JSON.stringify(s.sensitivity)}` };
    context.settings = s;
  }
  return { id, text: r.text, context };
}

