/** Builds the rich-editor fixture pages from the real npm packages, once per test run. */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const SRC = resolve(__dirname, 'fixtures-src');
export const FIXTURE_BUILD = resolve(__dirname, 'fixtures/build');

export async function buildFixtures() {
  await build({
    entryPoints: [
      'react-textarea.tsx',
      'presend-react.tsx',
      'quill.ts',
      'tinymce.ts',
      'ckeditor.ts',
      'prosemirror.ts',
      'lexical.ts',
      'draft.tsx',
      'slate.tsx',
      'trix.ts',
      'roosterjs.ts',
      'tiptap.ts',
      'quill1.ts',
      'ckeditor4.ts',
    ].map((f) => resolve(SRC, f)),
    outdir: FIXTURE_BUILD,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    // The project's tsconfig says Preact; these fixtures are real React.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'css' },
    logLevel: 'warning',
  });
}
