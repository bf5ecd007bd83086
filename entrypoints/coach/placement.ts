/**
 * Where a card goes beside a reply box: below, above, right or left of it, wherever the whole card
 * fits, and never over the box's text while there is room elsewhere. A card taller than any room
 * gets the largest room, with its height capped (it scrolls inside; its actions sit in a sticky
 * footer). A side that would cover something to keep in sight (the customer's message) comes after
 * the sides that do not. Pure geometry, so the finding card and the panel share it.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'over';

export interface Placement {
  side: Side;
  left: number;
  top: number;
  width: number;
  /** The card's height cap: at most the room it was given, never more than the viewport. */
  maxHeight: number;
}

/** Space kept between the card and the box, and between the card and the window's edges. */
export const GAP = 6;
export const MARGIN = 8;
/** Below this much room a side is not worth it: the card would show its footer and little else. */
export const MIN_USEFUL_HEIGHT = 180;

/** Whether a placed card would cover any of `b`. */
export const overlaps = (p: Placement, b: Box) => p.left < b.right && p.left + p.width > b.left && p.top < b.bottom && p.top + p.maxHeight > b.top;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The part of the box on screen (a tall box may run past the window's edges). */
export function visiblePart(box: Box, viewport: Size): Box {
  return {
    left: clamp(box.left, 0, viewport.width),
    right: clamp(box.right, 0, viewport.width),
    top: clamp(box.top, 0, viewport.height),
    bottom: clamp(box.bottom, 0, viewport.height),
  };
}

export function placeCard(boxRect: Box, card: Size, viewport: Size, avoid: readonly Box[] = [], align: 'left' | 'right' = 'right'): Placement {
  const box = visiblePart(boxRect, viewport);
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const fullHeight = Math.min(card.height, viewport.height - 2 * MARGIN);
  // Horizontally under or over the box: its right edges lined up (or its left edges, for a word's card), kept inside the window.
  const alignedLeft = clamp(align === 'left' ? box.left : box.right - width, MARGIN, viewport.width - width - MARGIN);
  const sideTop = (height: number) => clamp(box.top, MARGIN, viewport.height - height - MARGIN);

  const room = {
    below: viewport.height - box.bottom - GAP - MARGIN,
    above: box.top - GAP - MARGIN,
    right: viewport.width - box.right - GAP - MARGIN,
    left: box.left - GAP - MARGIN,
  };
  const at = (side: Side, height: number): Placement => {
    switch (side) {
      case 'below':
        return { side, left: alignedLeft, top: box.bottom + GAP, width, maxHeight: height };
      case 'above':
        return { side, left: alignedLeft, top: box.top - GAP - height, width, maxHeight: height };
      case 'right':
        return { side, left: box.right + GAP, top: sideTop(height), width, maxHeight: height };
      case 'left':
        return { side, left: box.left - GAP - width, top: sideTop(height), width, maxHeight: height };
      default:
        return { side, left: clamp(box.right - width - MARGIN, MARGIN, viewport.width - width - MARGIN), top: MARGIN, width, maxHeight: viewport.height - 2 * MARGIN };
    }
  };

  // The whole card fits: below, above, then beside; first where it covers nothing to keep in sight.
  const fits = (['below', 'above', 'right', 'left'] as const).filter((side) => (side === 'below' || side === 'above' ? room[side] >= fullHeight : room[side] >= width));
  const clear = fits.find((side) => !avoid.some((a) => overlaps(at(side, fullHeight), a)));
  if (clear ?? fits[0]) return at((clear ?? fits[0])!, fullHeight);
  // It does not: the larger of below and above, with the card scrolling inside.
  const vertical: Side = room.below >= room.above ? 'below' : 'above';
  const best = Math.max(room.below, room.above);
  if (best >= MIN_USEFUL_HEIGHT) return at(vertical, best);
  // No room anywhere around the box: over it, as tall as the window allows.
  return at('over', fullHeight);
}
