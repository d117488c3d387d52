import { describe, expect, it } from 'vitest';
import { cardPosition } from '../lib/dom/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('card placement', () => {
  it('puts the card below the term when it fits', () => {
    expect(cardPosition({ top: 100, bottom: 120, left: 50 }, card, viewport, 8)).toEqual({ top: 128, left: 50 });
  });

  it('flips it above a term near the bottom of the viewport', () => {
    expect(cardPosition({ top: 700, bottom: 720, left: 50 }, card, viewport, 8)).toEqual({ top: 392, left: 50 });
  });

  it('keeps it inside the viewport at the right edge, and below when there is no room either way', () => {
    expect(cardPosition({ top: 100, bottom: 120, left: 900 }, card, viewport, 8)).toEqual({ top: 128, left: 632 });
    expect(cardPosition({ top: 200, bottom: 220, left: 10 }, { width: 360, height: 700 }, viewport, 8)).toEqual({ top: 92, left: 10 });
  });
});
