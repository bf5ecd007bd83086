// Bundles the CLI (engine included) into dist/cli.mjs plus lazily loaded chunks in dist/: the installed
// package needs no dependencies at run time. compromise and the HTML parser load only when a reply needs them.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Old chunks would otherwise pile up (their names are content hashes).
try {
  for (const f of readdirSync(`${root}dist`)) if (/^(?:cli|chunk-.*)\.mjs$/.test(f)) rmSync(`${root}dist/${f}`);
} catch {
  /* no dist yet */
}

/** rules/nlp.ts's `import nlp from 'compromise'` -> cli/lazy-compromise.ts, which loads compromise on first use. */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.importer.endsWith(`rules/nlp.ts`) ? { path: `${root}cli/lazy-compromise.ts` } : undefined));
  },
};

await build({
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
