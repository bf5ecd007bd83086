/** The fixture pages on 127.0.0.1 (a free port), shared by the Chrome and Firefox harnesses. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

const FIXTURES = resolve(__dirname, 'fixtures');
/** TinyMCE and CKEditor 4 load their themes, skins and plugins from here at run time. */
const TINYMCE = resolve(__dirname, '../../node_modules/tinymce');
const CKEDITOR4 = resolve(__dirname, '../../node_modules/ckeditor4');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export async function startFixtureServer(): Promise<{ server: Server; port: number }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [root, rel] = path.startsWith('/tinymce/')
      ? [TINYMCE, path.slice('/tinymce'.length)]
      : path.startsWith('/ckeditor4/')
        ? [CKEDITOR4, path.slice('/ckeditor4'.length)]
        : [FIXTURES, path];
    const file = resolve(root, `.${rel}`);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // The hostile fixture comes with the strictest CSP a real site might send.
      if (file.endsWith('hostile.html')) headers['content-security-policy'] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port };
}
