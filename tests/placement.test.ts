import { describe, expect, it } from 'vitest';
import { cardPlacement, intersects, type Placement } from '../lib/dom/placement';

const margin = 8;
const minHeight = 160;
const place = (term: { left: number; top: number; right: number; bottom: number }, card: { width: number; height: number }, viewport: { width: number; height: number }) =>
  cardPlacement({ term, card, viewport, margin, minHeight });
const boxOf = (p: Placement, card: { width: number; height: number }) => ({
  left: p.left,
  top: p.top,
  right: p.left + card.width,
  bottom: p.top + Math.min(card.height, p.maxHeight ?? Infinity),
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };

  it('puts the card below the term when it fits', () => {
    expect(place({ left: 50, top: 100, right: 110, bottom: 120 }, card, viewport)).toEqual({ top: 128, left: 50, side: 'below' });
  });

  it('flips it above a term near the bottom of the viewport', () => {
    expect(place({ left: 50, top: 700, right: 110, bottom: 720 }, card, viewport)).toEqual({ top: 392, left: 50, side: 'above' });
  });

  it('keeps it inside the viewport at the right edge', () => {
    expect(place({ left: 900, top: 100, right: 960, bottom: 120 }, card, viewport)).toEqual({ top: 128, left: 632, side: 'below' });
  });

  it('gives a 480 px card in the middle of an 800 px viewport the roomier side with a max-height, NOT the term', () => {
    expect(place({ left: 300, top: 390, right: 380, bottom: 410 }, { width: 360, height: 480 }, viewport)).toEqual({ top: 418, left: 300, side: 'below', maxHeight: 374 });
  });

  it('puts it beside the term when above and below are both shorter than the minimum', () => {
    expect(place({ left: 100, top: 150, right: 160, bottom: 170 }, { width: 360, height: 480 }, { width: 800, height: 320 })).toEqual({
      top: 8,
      left: 168,
      side: 'right',
      maxHeight: 304,
    });
  });
});

describe('card placement over a grid of term positions', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    it(`never covers the term and stays inside a ${viewport.width}×${viewport.height} viewport`, () => {
      let checked = 0;
      for (const height of [120, 300, 480, 700, 1200])
        for (const termWidth of [16, 64, 200])
          for (const termHeight of [18, 44])
            for (let left = 0; left + termWidth <= viewport.width; left += 20)
              for (let top = 0; top + termHeight <= viewport.height; top += 20) {
                const card = { width: Math.min(360, viewport.width - 16), height };
                const term = { left, top, right: left + termWidth, bottom: top + termHeight };
                const p = place(term, card, viewport);
                const box = boxOf(p, card);
                const where = `term ${JSON.stringify(term)} card ${height}: ${JSON.stringify(p)}`;
                if (intersects(box, term)) throw new Error(`covers the term: ${where}`);
                if (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height) throw new Error(`outside the viewport: ${where}`);
                // Where it is squeezed, it still shows a usable card unless the term fills the viewport.
                if (p.maxHeight !== undefined && p.maxHeight < 40 && termHeight < viewport.height / 2) throw new Error(`squeezed to nothing: ${where}`);
                checked++;
              }
      const steps = (room: number) => Math.floor(room / 20) + 1;
      const lefts = [16, 64, 200].reduce((n, w) => n + steps(viewport.width - w), 0);
      const tops = [18, 44].reduce((n, h) => n + steps(viewport.height - h), 0);
      expect(checked).toBe(5 * lefts * tops);
    });
  }
});
