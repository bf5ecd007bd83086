// @vitest-environment jsdom
/**
 * Each built-in adapter's send control and send key, on DOM snippets written from the site's structure
 * (the stable attributes its adapter keys on, as the pages at the adapter's test URL carry them), each
 * with a decoy control the selector must not take.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { SITES } = await import('../../sites');
const { sendControlFor } = await import('../../entrypoints/coach/presend');

/** site id -> [markup with #box and #send (or no #send), sends on Ctrl/Cmd+Enter] */
const SNIPPETS: Record<string, [string, boolean]> = {
  gmail: [
    `<div role="dialog"><table><tbody><tr><td>
       <div id="box" g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body"></div>
       <div id="send" role="button" tabindex="1" data-tooltip-delay="800" data-tooltip="Send ‪(Ctrl-Enter)‬" aria-label="Send ‪(Ctrl-Enter)‬">Send</div>
       <div role="button" data-tooltip-delay="800" data-tooltip="More send options" aria-label="More send options"></div>
       <div role="button" data-tooltip="Discard draft ‪(Ctrl-Shift-D)‬"></div>
     </td></tr></tbody></table></div>`,
    true,
  ],
  outlook: [
    `<div><div id="box" role="textbox" contenteditable="true" aria-multiline="true" aria-label="Message body"></div>
     <button type="button" aria-label="Discard">Discard</button><button id="send" type="button" data-testid="ComposeSendButton" aria-label="Send">Send</button></div>`,
    true,
  ],
  yahoo: [`<div><div id="box" data-test-id="rte" contenteditable="true"></div><button data-test-id="compose-cancel-button">x</button><button id="send" data-test-id="compose-send-button">Send</button></div>`, true],
  proton: [
    `<div class="composer"><div data-testid="rooster-editor"><div id="box" contenteditable="true"></div></div>
     <button data-testid="composer:delete-draft-button">Delete</button><button id="send" data-testid="composer:send-button">Send</button></div>`,
    true,
  ],
  zendesk: [
    `<div><div id="box" data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"></div>
     <button data-test-id="submit_button-menu-button">▾</button><button id="send" data-test-id="submit_button-button">Submit as Open</button></div>`,
    false,
  ],
  freshdesk: [
    `<div data-test-id="reply-editor"><div id="box" class="fr-element" contenteditable="true"></div>
     <button data-test-id="discard-button">Discard</button><button id="send" data-test-id="send-button">Send</button></div>`,
    true,
  ],
  helpscout: [
    `<div data-cy="ReplyEditor"><div id="box" contenteditable="true"></div><button data-cy="NoteButton">Note</button><button id="send" data-cy="SendButton">Send</button></div>`,
    true,
  ],
  intercom: [
    `<div data-intercom-target="composer"><div id="box" contenteditable="true"></div><button data-intercom-target="composer-macro-button">Macros</button><button id="send" data-intercom-target="composer-send-button">Send</button></div>`,
    true,
  ],
  front: [
    `<div data-testid="composer"><div data-testid="composer-body"><div id="box" contenteditable="true"></div></div>
     <button data-testid="attach-button">Attach</button><button id="send" data-testid="send-button">Send</button></div>`,
    true,
  ],
  ebay: [`<form><textarea id="box" name="msg_cnt_cnt"></textarea><button data-testid="attach-button">Photo</button><button id="send" data-testid="send-button">Send</button></form>`, false],
  etsy: [`<div><textarea id="box" data-test-id="convo-composer-textarea"></textarea><button data-test-id="convo-attach-button">Attach</button><button id="send" data-test-id="convo-send-button">Send</button></div>`, false],
  'amazon-seller': [
    `<div><textarea id="box" name="commMgrCompositionMessage"></textarea><kat-button data-test-id="add-attachment-button">Attach</kat-button><kat-button id="send" data-test-id="send-reply-button">Send</kat-button></div>`,
    false,
  ],
  shopify: [
    `<div data-testid="timeline-composer"><div id="box" contenteditable="true"></div><button data-testid="timeline-composer-attach">Attach</button><button id="send" data-testid="timeline-composer-post">Post</button></div>`,
    false,
  ],
  fiverr: [`<div><textarea id="box" data-testid="message-box-textarea"></textarea><button data-testid="attach-file-button">Attach</button><button id="send" data-testid="send-message-button">Send</button></div>`, false],
  upwork: [`<div data-test="composer-input"><div id="box" contenteditable="true"></div><button data-test="attach-button">Attach</button><button id="send" data-test="send-button">Send</button></div>`, false],
  airbnb: [
    `<div><textarea id="box" data-testid="messaging-composebar-textarea"></textarea><button data-testid="messaging-composebar-attach-button">Photo</button><button id="send" data-testid="messaging-composebar-send-button">Send</button></div>`,
    false,
  ],
  // No stable attribute names Messenger's send button: the adapter names none (a labelled "Like" must never pause).
  facebook: [`<div><div id="box" role="textbox" contenteditable="true" aria-multiline="true"></div><div role="button" aria-label="Like" tabindex="0"></div></div>`, false],
};

describe('send controls of the built-in sites', () => {
  it('has a snippet for every adapter', () => {
    expect(Object.keys(SNIPPETS).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s: finds the send control next to its reply box, not the decoy, and knows its send key', (id, site) => {
    const [markup, modEnter] = SNIPPETS[id];
    document.body.innerHTML = markup; // test fixture only
    const box = document.getElementById('box')!;
    expect(site.sendButton(document)).toBe(document.getElementById('send'));
    expect(sendControlFor(site, box)).toBe(document.getElementById('send'));
    expect(site.sendsOnModEnter).toBe(modEnter);
  });
});
