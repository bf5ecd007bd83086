/**
 * PATH arguments to files, and files to text. Folders are walked recursively for the formats lint
 * reads, honouring .replycoachignore (gitignore syntax) in the working directory and in each folder
 * walked; globs are expanded; `-` is standard input. Every problem is one line naming the file, and
 * never stops the other files.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS } from './sources';

export const IGNORE_FILE = '.replycoachignore';
/** Larger files are refused, not read: a macro library this size is almost certainly something else. */
export const MAX_BYTES = 20 * 1024 * 1024;

export interface Found {
  files: string[];
  problems: string[];
}

const readable = (name: string) => EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
/** Paths as reports show them: relative to the working directory, with forward slashes. */
export const display = (p: string) => {
  const r = relative(process.cwd(), p) || '.';
  return (r.startsWith('..') ? p : r).split(sep).join('/');
};

function loadIgnore(dir: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(join(dir, IGNORE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

interface Rules {
  dir: string;
  ig: Ignore;
}

const ignoredBy = (rules: readonly Rules[], path: string, isDir: boolean) =>
  rules.some(({ dir, ig }) => {
    const rel = relative(dir, path).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
  });

/** Walks a folder. A symlink that leads back into a folder already on the way down is a loop, reported once. */
function walk(dir: string, rules: Rules[], onTheWay: Set<string>, out: Found) {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.problems.push(`${display(dir)}: cannot read (${(e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink loop' : ((e as NodeJS.ErrnoException).code ?? 'error')})`);
    return;
  }
  if (onTheWay.has(real)) {
    out.problems.push(`${display(dir)}: symlink loop (leads back to ${display(real)}), not followed`);
    return;
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.problems.push(`${display(dir)}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  const own = loadIgnore(dir);
  const here = own ? [...rules, { dir, ig: own }] : rules;
  onTheWay.add(real);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = statSync(p).isDirectory();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        out.problems.push(`${display(p)}: ${code === 'ELOOP' ? 'symlink loop' : `broken symlink (${code ?? 'error'})`}, skipped`);
        continue;
      }
    }
    if (ignoredBy(here, p, isDir)) continue;
    if (isDir) walk(p, here, onTheWay, out);
    else if (readable(e.name)) out.files.push(p);
  }
  onTheWay.delete(real);
}

/** PATH arguments to the files to lint, in order, each once. */
export async function collect(paths: readonly string[]): Promise<Found> {
  const out: Found = { files: [], problems: [] };
  const cwd = process.cwd();
  const root = loadIgnore(cwd);
  const rules: Rules[] = root ? [{ dir: cwd, ig: root }] : [];
  for (const arg of paths) {
    if (arg === '-') {
      out.files.push('-');
      continue;
    }
    const abs = resolve(arg);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const matches = (await glob(arg, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false })).sort();
        const kept = matches.filter((m) => !ignoredBy(rules, m, false));
        if (!kept.length) out.problems.push(`${arg}: no files match this pattern`);
        out.files.push(...kept);
        continue;
      }
      out.problems.push(`${arg}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symlink loop' : `cannot read (${code ?? 'error'})`}`);
      continue;
    }
    // A file named on the command line is always read, whatever its extension or the ignore file says (as ESLint reads it).
    if (st.isDirectory()) walk(abs, rules, new Set(), out);
    else out.files.push(abs);
  }
  const seen = new Set<string>();
  out.files = out.files.filter((f) => (f === '-' ? true : seen.has(f) ? false : (seen.add(f), true)));
  return out;
}

export class ReadError extends Error {}

/** Bytes to text: refuses binary and non-UTF-8 input with a clear reason. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ReadError(`${name}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReadError(`${name}: not valid UTF-8 text`);
  }
}

/** One file's text, or a ReadError naming it. The size is checked on the open file before anything is read. */
export function readText(path: string): string {
  const name = display(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(`${name}: cannot read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadError(`${name}: is a folder, not a file`);
    if (st.size > MAX_BYTES) throw new ReadError(`${name}: too large (${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB), skipped`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      // A file that grows past the limit while read (or a device with no size) is refused too.
      if (total > MAX_BYTES) throw new ReadError(`${name}: too large (over ${MAX_BYTES / 1024 / 1024} MB), skipped`);
      chunks.push(buf.subarray(0, n));
    }
    return decode(Buffer.concat(chunks), name);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'read error'})`);
  } finally {
    closeSync(fd);
  }
}

/** Standard input as text. */
export function readStdin(): string {
  return decode(readFileSync(0), '<stdin>');
}
