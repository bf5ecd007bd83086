import { describe, expect, it } from 'vitest';
import { regions, sentences, isEnglish } from '../../rules/text';

const own = (t: string) => regions(t).own.map((s) => t.slice(s.start, s.end).trim());

describe('regions', () => {
  it('leaves out "On … wrote:" history and everything after it', () => {
    const t = 'Thanks, it ships today.\n\nOn Mon, 3 Jun 2024 at 10:02, Jo Bloggs <jo@example.com> wrote:\n> WHERE IS MY ORDER???\n> Sent from my phone';
    expect(own(t)).toEqual(['Thanks, it ships today.']);
    expect(t.slice(regions(t).quoted[0].start)).toMatch(/^On Mon/);
  });

  it('handles a wrapped "On … wrote:" header', () => {
    const t = 'It ships today.\nOn Mon, 3 Jun 2024 at 10:02 Jo Bloggs <jo@example.com>\nwrote:\n> HELLO???';
    expect(own(t)).toEqual(['It ships today.']);
  });

  it('leaves out lines quoted with ">"', () => {
    const t = 'You wrote:\n> THIS IS A SCAM!!!\nI understand, here is the tracking link.';
    expect(own(t)).toEqual(['You wrote:', 'I understand, here is the tracking link.']);
  });

  it('leaves out an Outlook reply header and history', () => {
    const t = 'Refund sent.\n\nFrom: Jo Bloggs\nSent: Monday\nTo: Shop\nSubject: RE: ORDER\n\nI WANT MY MONEY';
    expect(own(t)).toEqual(['Refund sent.']);
  });

  it('finds the signature after a sign-off or "-- "', () => {
    const t = 'Hi Jo,\nThe refund is on its way.\n\nKind regards,\nSAM TAYLOR\nACME LTD';
    const r = regions(t);
    expect(t.slice(r.signature!.start, r.signature!.end)).toBe('Kind regards,\nSAM TAYLOR\nACME LTD');
    expect(t.slice(r.greeting!.start, r.greeting!.end)).toBe('Hi Jo,');
    expect(own(t)).toEqual(['The refund is on its way.']);
    const d = 'It ships today.\n-- \nSAM | ACME';
    expect(own(d)).toEqual(['It ships today.']);
  });

  it('treats Twitter handles as the greeting and agent initials as the signature', () => {
    const t = '@jo_b Sorry about that, a new code is on its way. ^JS';
    const r = regions(t);
    expect(own(t)).toEqual(['Sorry about that, a new code is on its way.']);
    expect(t.slice(r.signature!.start)).toBe('^JS');
  });
});

describe('sentences', () => {
  it('splits on end marks and newlines with exact offsets', () => {
    const t = 'Hi. I sent it!! Did it arrive?\nThanks';
    const ss = sentences(t, [{ start: 0, end: t.length }]);
    expect(ss.map((s) => s.text)).toEqual(['Hi.', 'I sent it!!', 'Did it arrive?', 'Thanks']);
    for (const s of ss) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split abbreviations, decimals or URLs', () => {
    const t = 'Mr. Lee paid 3.50 at example.com/a.b e.g. by card. Done.';
    expect(sentences(t, [{ start: 0, end: t.length }]).map((s) => s.text)).toEqual(['Mr. Lee paid 3.50 at example.com/a.b e.g. by card.', 'Done.']);
  });

  it('keeps a hard-wrapped sentence whole, and still splits lines that end a thought', () => {
    const t = 'The porter will carry your bags\nto the room on arrival.\nThanks\nMia';
    const ss = sentences(t, [{ start: 0, end: t.length }]);
    expect(ss.map((s) => s.text)).toEqual(['The porter will carry your bags\nto the room on arrival.', 'Thanks', 'Mia']);
    const list = 'Hi Tom,\nthe lift is fixed.';
    expect(sentences(list, [{ start: 0, end: list.length }]).map((s) => s.text)).toEqual(['Hi Tom,', 'the lift is fixed.']);
  });
});

describe('isEnglish', () => {
  it('tells English from other languages', () => {
    expect(isEnglish('I am sorry for the delay, your order ships today.')).toBe(true);
    expect(isEnglish('Hola, gracias por su mensaje. El pedido llegará mañana por la tarde.')).toBe(false);
    expect(isEnglish('Bonjour, je suis désolé pour le retard de votre commande.')).toBe(false);
    expect(isEnglish('Vielen Dank für Ihre Nachricht, die Bestellung ist unterwegs.')).toBe(false);
    expect(isEnglish('ご注文ありがとうございます。明日発送します。')).toBe(false);
    expect(isEnglish('شكرا لطلبك، سيتم الشحن غدا')).toBe(false);
    expect(isEnglish('OK!')).toBe(true);
  });
});
