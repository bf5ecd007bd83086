/**
 * HTML to the text the coach judges, through the extension's own extraction (readBox in
 * entrypoints/coach/editor-text.ts): quoted history and signatures left out, blocks and <br> as
 * line breaks. Node has no DOM, so linkedom provides one; it is loaded only when an HTML input needs it.
 */
import { readBox } from '../entrypoints/coach/editor-text';

type ParseHTML = (html: string) => { document: Document; Node: typeof Node; HTMLTextAreaElement: typeof HTMLTextAreaElement };
let parseHTML: ParseHTML | undefined;

export async function htmlText(html: string): Promise<string> {
  parseHTML ??= ((await import('linkedom')) as unknown as { parseHTML: ParseHTML }).parseHTML;
  // A whole page is parsed as it is; a fragment (a macro's body) goes into a body of its own.
  const window = parseHTML(/<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  // readBox reads node types and the textarea class from the global scope, as in a page.
  const g = globalThis as Record<string, unknown>;
  g.Node ??= window.Node;
  g.HTMLTextAreaElement ??= window.HTMLTextAreaElement;
  const body = window.document.body ?? window.document.documentElement;
  // Not text a customer reads.
  for (const el of [...body.querySelectorAll('script, style, template, noscript, head, title')]) el.remove();
  return readBox(body).text;
}
