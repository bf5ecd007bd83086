// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, readBox } from '../../entrypoints/coach/editor-text';
import { isEligible, replyBoxFrom } from '../../entrypoints/coach/eligibility';
import { changedMiddle, replacementSpan } from '../../entrypoints/coach/apply';
import { EDITOR_FINGERPRINTS, editorKind, fallbacksFor } from '../../entrypoints/coach/editors';
import { matchesPattern, siteFor, SITES, SITE_MATCHES } from '../../sites';

const html = (markup: string) => {
  document.body.innerHTML = markup; // test fixture only: trusted markup written by the test
  return document.getElementById('box') as HTMLElement;
};

describe('readBox', () => {
  it('reads a contenteditable with block newlines and maps offsets back to text nodes', () => {
    const box = html('<div id="box" contenteditable="true"><div>Hello <b>THERE</b></div><div>Second<br>line</div></div>');
    const bt = readBox(box);
    expect(bt.text).toBe('Hello THERE\nSecond\nline\n');
    const start = bt.text.indexOf('THERE');
    const r = rangeFor(bt, start, start + 5)!;
    expect(r.toString()).toBe('THERE');
    expect(offsetOf(bt, r.startContainer, r.startOffset)).toBe(start);
    const s = bt.text.indexOf('line');
    expect(rangeFor(bt, s, s + 4)!.toString()).toBe('line');
  });

  it('leaves out Gmail quotes and signatures, blockquotes, and Outlook history after its marker', () => {
    const gmail = html(
      '<div id="box" contenteditable="true"><div>My reply</div><div class="gmail_signature">JO SMITH</div><div class="gmail_quote">On Mon wrote:<blockquote>ANGRY!!!</blockquote></div></div>',
    );
    expect(readBox(gmail).text.trim()).toBe('My reply');
    const outlook = html('<div id="box" contenteditable="true"><p>Reply here</p><div id="appendonsend"></div><hr><p>From: Customer</p><p>WHERE IS IT</p></div>');
    expect(readBox(outlook).text.trim()).toBe('Reply here');
  });

  it('reads a textarea value as is', () => {
    const box = html('<textarea id="box">Line 1\nLine 2</textarea>');
    expect(readBox(box).text).toBe('Line 1\nLine 2');
  });

  it('returns no range once the DOM has moved on', () => {
    const box = html('<div id="box" contenteditable="true">Hello there</div>');
    const bt = readBox(box);
    box.textContent = 'Changed';
    expect(rangeFor(bt, 0, 5)).toBeUndefined();
  });
});

describe('eligibility', () => {
  it.each([
    ['<textarea id="box"></textarea>', true],
    ['<div id="box" contenteditable="true"></div>', true],
    ['<form><input type="password"><textarea id="box"></textarea></form>', false],
    ['<textarea id="box" readonly></textarea>', false],
    ['<textarea id="box" data-gramm="false"></textarea>', false],
    // Quill 1 marks every editor data-gramm="false" itself; a site's own opt-out around it still counts.
    ['<div id="box" class="ql-editor" data-gramm="false" contenteditable="true"></div>', true],
    ['<div data-gramm="false"><div id="box" class="ql-editor" data-gramm="false" contenteditable="true"></div></div>', false],
    ['<div data-enable-grammarly="false"><div id="box" contenteditable="true"></div></div>', false],
    ['<textarea id="box" autocomplete="cc-number"></textarea>', false],
    ['<textarea id="box" autocomplete="one-time-code"></textarea>', false],
    ['<textarea id="box" name="search"></textarea>', false],
    ['<div class="cm-editor"><div id="box" contenteditable="true"></div></div>', false],
    ['<form><input autocomplete="cc-exp"><div id="box" contenteditable="true"></div></form>', false],
  ])('%s -> %s', (markup, eligible) => {
    expect(isEligible(html(markup))).toBe(eligible);
  });

  it('never takes one-line inputs, and finds the editing host of a nested contenteditable', () => {
    const input = html('<input id="box" type="text">');
    expect(replyBoxFrom([input])).toBeUndefined();
    const box = html('<div id="box" contenteditable="true"><p><span id="inner">x</span></p></div>');
    const inner = document.getElementById('inner')!;
    // jsdom has no isContentEditable; mark the chain the way a browser would report it.
    for (const el of [box, inner.parentElement!, inner]) Object.defineProperty(el, 'isContentEditable', { value: true });
    expect(replyBoxFrom([inner, inner.parentElement!, box, document.body])).toBe(box);
  });
});

describe('apply helpers', () => {
  it('finds the changed middle, so apply touches only what changed', () => {
    expect(changedMiddle('Hello CALM DOWN!!! there', 'Hello there')).toEqual({ start: 6, end: 19, middle: '' });
    expect(changedMiddle('abc', 'abXc')).toEqual({ start: 2, end: 2, middle: 'X' });
    expect(changedMiddle('same', 'same')).toEqual({ start: 4, end: 4, middle: '' });
  });

  it('never writes a bare insertion or deletion: the span always replaces a selection (Slate and Trix merge a caret insertion into the typing)', () => {
    expect(replacementSpan('abc', 'abXc')).toEqual({ start: 1, end: 2, middle: 'bX' });
    expect(replacementSpan('Hello CALM DOWN!!! there', 'Hello there')).toEqual({ start: 5, end: 19, middle: ' ' });
    expect(replacementSpan('Hi', 'XHi')).toEqual({ start: 0, end: 1, middle: 'XH' });
    // Widening stays on the line: never across a paragraph break.
    expect(replacementSpan('a\nb', 'a\nXb')).toEqual({ start: 2, end: 3, middle: 'Xb' });
    expect(replacementSpan('Thanks, calm down.', 'Thanks, please.')).toEqual({ start: 8, end: 17, middle: 'please' });
    for (const [a, b] of [['CALM DOWN!!! ok', 'ok'], ['x', 'xy'], ['one two', 'one  two']]) {
      const { start, end, middle } = replacementSpan(a, b);
      expect(a.slice(0, start) + middle + a.slice(end)).toBe(b);
      expect(end).toBeGreaterThan(start);
      expect(middle).not.toBe('');
    }
  });

  it('tells editors apart by fingerprint', () => {
    expect(editorKind(html('<div class="ck-editor__editable" id="box"></div>'))).toBe('ckeditor5');
    expect(editorKind(html('<div class="ProseMirror" id="box"></div>'))).toBe('prosemirror');
    expect(editorKind(html('<div data-lexical-editor="true" id="box"></div>'))).toBe('lexical');
    expect(editorKind(html('<textarea id="box"></textarea>'))).toBe('textarea');
    expect(editorKind(html('<div data-slate-editor="true" id="box"></div>'))).toBe('slate');
    expect(editorKind(html('<trix-editor><div id="box"></div></trix-editor>'))).toBe('trix');
    expect(editorKind(html('<div class="cke_editable" id="box"></div>'))).toBe('ckeditor4');
    expect(editorKind(html('<div class="fr-element" id="box"></div>'))).toBe('froala');
    expect(editorKind(html('<div class="mce-content-body" id="box"></div>'))).toBe('tinymce');
    // roosterjs has no fingerprint: the site adapter names it; a fingerprint still wins over the site.
    expect(editorKind(html('<div contenteditable="true" id="box"></div>'), 'roosterjs')).toBe('roosterjs');
    expect(editorKind(html('<div contenteditable="true" id="box"></div>'))).toBe('contenteditable');
    expect(editorKind(html('<div class="ql-editor" id="box"></div>'), 'roosterjs')).toBe('quill');
  });

  it('never lets execCommand near editors that take input only through beforeinput', () => {
    expect(fallbacksFor('slate')).toEqual([]);
    expect(fallbacksFor('lexical')).toEqual([]);
    expect(fallbacksFor('ckeditor5')).toEqual(['paste']);
    expect(fallbacksFor('tinymce')[0]).toBe('paste');
    expect(EDITOR_FINGERPRINTS.length).toBe(10);
  });
});

describe('site adapters', () => {
  it('match their sites and nothing else', () => {
    expect(siteFor('https://mail.google.com/mail/u/0/#inbox')?.id).toBe('gmail');
    expect(siteFor('https://outlook.office365.com/mail/')?.id).toBe('outlook');
    expect(siteFor('https://www.ebay.co.uk/mye/myebay/messages')?.id).toBe('ebay');
    expect(siteFor('https://acme.zendesk.com/agent/tickets/1')?.id).toBe('zendesk');
    expect(siteFor('https://example.com/')).toBeUndefined();
    expect(matchesPattern('https://*.ebay.com/*', 'https://ebay.com.evil.example/')).toBe(false);
    expect(matchesPattern('https://*.ebay.com/*', 'http://www.ebay.com/')).toBe(false);
  });

  it('each has an id, match patterns, its editor and the two look-ups', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(SITE_MATCHES.length).toBeGreaterThanOrEqual(SITES.length);
    for (const s of SITES) {
      expect(s.matches.length).toBeGreaterThan(0);
      expect(['textarea', 'contenteditable', ...EDITOR_FINGERPRINTS.map(([k]) => k), 'roosterjs']).toContain(s.editor);
      expect(typeof s.incomingMessage).toBe('function');
      expect(typeof s.sendButton).toBe('function');
    }
  });

  it('the Gmail adapter reads the last message by its stable attributes', () => {
    html('<div data-message-id="1"><div dir="ltr">First</div></div><div data-message-id="2"><div dir="ltr">Where is my order???</div></div><div id="box" g_editable="true" contenteditable="true"></div>');
    const gmail = SITES.find((s) => s.id === 'gmail')!;
    expect(gmail.incomingMessage(document)).toBe('Where is my order???');
    expect(gmail.editor).toBe('contenteditable');
  });
});

describe('the highlight look', () => {
  it('takes the tint where the engine does not even compute text-decoration in ::highlight(), and leaves no probe behind', async () => {
    const { computesHighlightDecoration, highlightLook } = await import('../../entrypoints/coach/highlights');
    html('<div id="layer"></div>');
    const layer = document.getElementById('layer')!;
    // jsdom styles no ::highlight() pseudo: the measured answer is "no", so the underline gets its tint.
    expect(computesHighlightDecoration(layer)).toBe(false);
    expect(highlightLook(layer)).toBe('tint');
    expect(layer.childElementCount).toBe(0);
  });
});

describe('overlay underlines (no Highlight API)', () => {
  it('draws one bar per on-screen box of each finding, outside the editor', async () => {
    const { OverlayUnderlines, highlightDom } = await import('../../entrypoints/coach/highlights');
    const box = html('<div id="box" contenteditable="true">CALM DOWN please</div><div id="layer"></div>');
    const bt = readBox(box);
    // jsdom has neither the Highlight API nor layout: give ranges one box each.
    expect(highlightDom(box, bt, [], document.getElementById('layer')!)).toBe(false);
    Range.prototype.getClientRects = function () {
      return [{ left: 1, right: 50, top: 1, bottom: 20, width: 49, height: 19 }] as unknown as DOMRectList;
    };
    const overlay = new OverlayUnderlines(document.getElementById('layer')!);
    overlay.render(bt, [{ category: 'caps', rule: 'caps-shouting', start: 0, end: 9, text: 'CALM DOWN', severity: 'high', message: 'm' }]);
    expect(overlay.underlineCount).toBe(1);
    expect(box.innerHTML).toBe('CALM DOWN please');
    overlay.remove();
    expect(document.querySelector('[data-reply-coach-overlay]')).toBeNull();
  });
});

describe('textarea mirror', () => {
  it('draws non-overlapping underlines and records which finding each one is, for hover and click', async () => {
    const { TextareaMirror } = await import('../../entrypoints/coach/highlights');
    const box = html('<textarea id="box">CALM DOWN you should have read it, ok</textarea><div id="layer"></div>') as HTMLTextAreaElement;
    const f = (start: number, end: number, rule: string) => ({ category: 'hostile' as const, rule, start, end, text: box.value.slice(start, end), severity: 'high' as const, message: rule });
    const outer = f(0, 30, 'outer');
    const nested = f(5, 9, 'nested');
    const after = f(10, 13, 'after-nested-but-inside-outer');
    const last = f(35, 37, 'last');
    const mirror = new TextareaMirror(box, document.getElementById('layer')!);
    mirror.render(box.value, [last, after, nested, outer]);
    expect(mirror.rendered.map((x) => x.rule)).toEqual(['outer', 'last']);
    const spans = [...mirror.element.querySelectorAll('span[data-severity]')].map((s) => s.textContent);
    expect(spans).toEqual([box.value.slice(0, 30), 'ok']);
    expect(box.value).toBe('CALM DOWN you should have read it, ok');
    mirror.remove();
  });
});
