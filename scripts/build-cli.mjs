// Bundles the CLI (engine included) into dist/cli.mjs plus lazily loaded chunks in dist/: the installed
// package needs no dependencies at run time. compromise and the HTML parser load only when a reply needs them.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** rules/nlp.ts's `import nlp from 'compromise/two'` -> cli/lazy-compromise.ts, which loads compromise on first use. */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise(?:\/two)?$/ }, async (args) => {
      if (args.importer.endsWith('rules/nlp.ts')) return { path: `${root}cli/lazy-compromise.ts` };
      // The shim's require() would pick compromise's CommonJS build; take the same ES module the browser bundles.
      if (args.importer.endsWith('cli/lazy-compromise.ts') && args.kind === 'require-call') {
        const r = await b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
        return r.errors.length ? undefined : { path: r.path };
      }
      return undefined;
    });
  },
};

const result = await build({
  metafile: true,
  write: false,
  entryPoints: { cli: 'cli/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __REPLY_COACH_VERSION__: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node' },
  plugins: [lazyCompromise],
  logLevel: 'warning',
});

// Tests build in parallel and run the CLI while another build may be writing: a file is replaced
// atomically (write, then rename), and only when its content changed.
mkdirSync(`${root}dist`, { recursive: true });
for (const out of result.outputFiles) {
  let same = false;
  try {
    same = readFileSync(out.path).equals(Buffer.from(out.contents));
  } catch {
    /* new file */
  }
  if (same) continue;
  const tmp = `${out.path}.${process.pid}.tmp`;
  writeFileSync(tmp, out.contents, { mode: out.path.endsWith('cli.mjs') ? 0o755 : 0o644 });
  renameSync(tmp, out.path);
}

// Chunks of earlier builds would pile up (their names are content hashes). Only stale ones go, so two
// builds running at once (test files in parallel) never delete each other's output.
const current = new Set(Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')));
for (const f of readdirSync(`${root}dist`)) if (/^chunk-.*\.mjs$/.test(f) && !current.has(f)) rmSync(`${root}dist/${f}`, { force: true });
