import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, type Box } from '../../entrypoints/coach/placement';

const viewport = { width: 1100, height: 620 };
const card = { width: 380, height: 520 };
const rect = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardBox = (p: ReturnType<typeof placeCard>, h: number): Box => rect(p.left, p.top, p.width, Math.min(h, p.maxHeight));

describe('placeCard', () => {
  it('goes below a box with room under it', () => {
    const box = rect(20, 20, 600, 60);
    const p = placeCard(box, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(box.bottom + GAP);
    expect(overlaps(cardBox(p, card.height), box)).toBe(false);
  });

  it('goes above a box at the bottom, and beside a box with no room above or below', () => {
    expect(placeCard(rect(20, 545, 600, 60), card, viewport).side).toBe('above');
    const tall = rect(20, 40, 500, 560);
    const p = placeCard(tall, card, viewport);
    expect(p.side).toBe('right');
    expect(p.left).toBe(tall.right + GAP);
    expect(overlaps(cardBox(p, card.height), tall)).toBe(false);
    expect(placeCard(rect(600, 40, 480, 560), card, viewport).side).toBe('left');
  });

  it('a tall card takes the larger room and scrolls inside it, never past the window', () => {
    const box = rect(20, 340, 1060, 260);
    const p = placeCard(box, { width: 380, height: 900 }, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(MARGIN);
    expect(p.top + p.maxHeight).toBe(box.top - GAP);
    expect(overlaps(cardBox(p, 900), box)).toBe(false);
  });

  it('covers the box only when there is no useful room anywhere, and then stays inside the window', () => {
    const p = placeCard(rect(0, 10, 1100, 600), card, viewport);
    expect(p.side).toBe('over');
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height - MARGIN);
  });

  it('uses only the part of a box on screen, and a narrow window narrows the card', () => {
    // A box running far below the window: the room above its visible part counts.
    expect(placeCard(rect(20, 300, 1060, 2000), { width: 380, height: 200 }, viewport).side).toBe('above');
    const narrow = placeCard(rect(0, 0, 300, 40), card, { width: 320, height: 620 });
    expect(narrow.width).toBe(320 - 2 * MARGIN);
    expect(narrow.left).toBeGreaterThanOrEqual(MARGIN);
  });

  it('keeps every placement inside the window for boxes anywhere', () => {
    for (let top = -200; top < 800; top += 37) {
      for (let left = -100; left < 1100; left += 97) {
        for (const [w, hgt] of [[200, 40], [600, 260], [1000, 500]]) {
          const p = placeCard(rect(left, top, w, hgt), card, viewport);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
          expect(p.top).toBeGreaterThanOrEqual(0);
          expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
          expect(p.maxHeight).toBeLessThanOrEqual(viewport.height);
        }
      }
    }
  });
});

describe('placeCard, keeping something in sight', () => {
  it("skips a side that would cover the customer's message when another side fits", () => {
    const box = rect(24, 500, 660, 90);
    const message = rect(24, 100, 660, 380);
    const plain = placeCard(box, { width: 360, height: 300 }, { width: 1100, height: 800 });
    expect(plain.side).toBe('above');
    expect(overlaps(cardBox(plain, 300), message)).toBe(true);
    const p = placeCard(box, { width: 360, height: 300 }, { width: 1100, height: 800 }, [message]);
    expect(p.side).toBe('right');
    expect(overlaps(cardBox(p, 300), message)).toBe(false);
    expect(overlaps(cardBox(p, 300), box)).toBe(false);
  });

  it('still places the card when every side that fits covers it (the message is never a reason to leave the window)', () => {
    const box = rect(400, 300, 300, 40);
    const everywhere = rect(0, 0, 1100, 800);
    const p = placeCard(box, { width: 300, height: 200 }, { width: 1100, height: 800 }, [everywhere]);
    expect(p.side).toBe('below');
  });

  it("a word's card lines up with the word's left edge, inside the window", () => {
    const word = rect(100, 200, 60, 18);
    expect(placeCard(word, { width: 300, height: 160 }, viewport, [], 'left').left).toBe(100);
    const nearRight = rect(1050, 200, 40, 18);
    const p = placeCard(nearRight, { width: 300, height: 160 }, viewport, [], 'left');
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width - MARGIN);
  });
});
