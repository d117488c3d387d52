import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHoverIntent, inCorridor, inTriangle, zoneOf } from '../lib/dom/hover-intent';

const term = { left: 100, top: 100, right: 180, bottom: 120 };
const card = { left: 100, top: 128, right: 460, bottom: 528 };
const limits = { closeDelayMs: 300, corridorRestMs: 500 };

describe('hover intent geometry', () => {
  it('finds points inside a triangle whichever way round its corners are given', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 0 };
    const c = { x: 0, y: 10 };
    expect([inTriangle({ x: 2, y: 2 }, a, b, c), inTriangle({ x: 2, y: 2 }, a, c, b), inTriangle({ x: 8, y: 8 }, a, b, c), inTriangle({ x: 5, y: 5 }, a, b, c)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('counts a diagonal path from the term to the card\'s far corner as in the corridor, and a point beside it as NOT', () => {
    const apex = { x: 170, y: 110 };
    const path = Array.from({ length: 10 }, (_, i) => ({ x: 170 + (i * (440 - 170)) / 9, y: 110 + (i * (140 - 110)) / 9 }));
    expect(path.map((p) => inCorridor(p, apex, card))).toEqual(Array(10).fill(true));
    expect(inCorridor({ x: 470, y: 110 }, apex, card)).toBe(false);
  });

  it('names the zone: the card first, then the term (with slack), then the corridor', () => {
    const apex = { x: 150, y: 110 };
    expect(zoneOf({ point: { x: 200, y: 300 }, term: [term], card, apex, slack: 4 })).toBe('card');
    expect(zoneOf({ point: { x: 182, y: 110 }, term: [term], card, apex, slack: 4 })).toBe('term');
    expect(zoneOf({ point: { x: 300, y: 125 }, term: [term], card, apex, slack: 4 })).toBe('corridor');
    expect(zoneOf({ point: { x: 600, y: 60 }, term: [term], card, apex, slack: 4 })).toBe('outside');
    expect(zoneOf({ point: { x: 300, y: 125 }, term: [term], card, apex: undefined, slack: 4 })).toBe('outside');
  });

  it('keeps every point of any straight path from the apex into the card inside the corridor (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({ ax: fc.integer({ min: 100, max: 180 }), ay: fc.integer({ min: 100, max: 120 }) }),
        fc.record({ cx: fc.integer({ min: 100, max: 460 }), cy: fc.integer({ min: 128, max: 528 }) }),
        fc.integer({ min: 0, max: 100 }),
        ({ ax, ay }, { cx, cy }, t) => {
          const p = { x: ax + ((cx - ax) * t) / 100, y: ay + ((cy - ay) * t) / 100 };
          return inCorridor(p, { x: ax, y: ay }, card, 0.001);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  }, 10_000);
});

describe('hover intent over time', () => {
  it('stays open while the pointer travels to the card and rests there', () => {
    const intent = createHoverIntent(limits);
    intent.opened({ x: 150, y: 110 });
    expect(intent.moved('corridor', { x: 200, y: 124 }, 1000)).toBe(1500);
    expect(intent.moved('card', { x: 250, y: 140 }, 1050)).toBeUndefined();
    expect(intent.mayOpenOther('corridor')).toBe(false);
  });

  it('closes the delay after the FIRST move outside, not the last', () => {
    const intent = createHoverIntent(limits);
    intent.opened({ x: 150, y: 110 });
    expect(intent.moved('outside', { x: 600, y: 60 }, 1000)).toBe(1300);
    expect(intent.moved('outside', { x: 620, y: 60 }, 1200)).toBe(1300);
    expect(intent.mayOpenOther('outside')).toBe(true);
  });

  it('forgets a pending close when the pointer comes back to the term, and moves the apex there', () => {
    const intent = createHoverIntent(limits);
    intent.opened({ x: 150, y: 110 });
    intent.moved('outside', { x: 600, y: 60 }, 1000);
    expect(intent.moved('term', { x: 120, y: 112 }, 1100)).toBeUndefined();
    expect(intent.apex).toEqual({ x: 120, y: 112 });
  });
});
