/**
 * Hover intent for a card beside a term, as geometry and time only (no DOM, no timers), so every
 * rule is unit-tested. The card stays open while the pointer is on its term, on the card, or on
 * its way from one to the other: inside the corridor from where the pointer last was on the term
 * (the apex) to the card, which a diagonal path across other text stays in. Outside all three,
 * it closes a short delay later; in the corridor, it closes once the pointer stops there.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Zone = 'term' | 'card' | 'corridor' | 'outside';

export const inRect = (p: Point, r: Rect, slack = 0): boolean =>
  p.x >= r.left - slack && p.x <= r.right + slack && p.y >= r.top - slack && p.y <= r.bottom + slack;

/** Twice the signed area of (a, b, c): its sign says on which side of a→b the point c lies. */
const cross = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/** Whether p lies inside the triangle (a, b, c), edges included, whatever the triangle's orientation. */
export function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const d1 = cross(a, b, p);
  const d2 = cross(b, c, p);
  const d3 = cross(c, a, p);
  const hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNeg && hasPos);
}

/**
 * The corridor: the convex hull of the apex and the card (slack added around the card), i.e. the
 * card plus the triangles from the apex to each of its edges.
 */
export function inCorridor(p: Point, apex: Point, card: Rect, slack = 0): boolean {
  const r = { left: card.left - slack, top: card.top - slack, right: card.right + slack, bottom: card.bottom + slack };
  if (inRect(p, r)) return true;
  const corners: Point[] = [
    { x: r.left, y: r.top },
    { x: r.right, y: r.top },
    { x: r.right, y: r.bottom },
    { x: r.left, y: r.bottom },
  ];
  for (let i = 0; i < 4; i++) if (inTriangle(p, apex, corners[i]!, corners[(i + 1) % 4]!)) return true;
  return false;
}

export interface ZoneInput {
  point: Point;
  /** The term's line boxes (a term may wrap onto two lines). */
  term: readonly Rect[];
  card: Rect | undefined;
  /** Where the pointer last was on the term; undefined for a card opened from the keyboard or a click. */
  apex: Point | undefined;
  /** Pixels added around the term and the card: a pointer shaking on their edge is still on them. */
  slack: number;
}

export function zoneOf({ point, term, card, apex, slack }: ZoneInput): Zone {
  if (card && inRect(point, card)) return 'card';
  if (term.some((r) => inRect(point, r, slack))) return 'term';
  if (card && apex && inCorridor(point, apex, card, slack)) return 'corridor';
  return 'outside';
}

export interface IntentLimits {
  /** How long after the pointer settles outside term, card and corridor the card closes. */
  closeDelayMs: number;
  /** How long the pointer may rest inside the corridor before that counts as settling elsewhere. */
  corridorRestMs: number;
}

/**
 * The card's open/close decision for one open card. `moved` returns when the card should close if
 * nothing else happens (undefined: stay open); `mayOpenOther` says whether a term under the pointer
 * may replace the card (not while the pointer is on its way to it).
 */
export function createHoverIntent(limits: IntentLimits) {
  let apex: Point | undefined;
  let closeAt: number | undefined;
  return {
    /** A card opened: from the pointer at `point` on its term, or without one (keyboard, click). */
    opened(point: Point | undefined): void {
      apex = point;
      closeAt = undefined;
    },
    get apex(): Point | undefined {
      return apex;
    },
    moved(zone: Zone, point: Point, now: number): number | undefined {
      switch (zone) {
        case 'term':
          apex = point;
          closeAt = undefined;
          break;
        case 'card':
          closeAt = undefined;
          break;
        case 'corridor':
          // Still travelling: each move restarts the rest allowance.
          closeAt = now + limits.corridorRestMs;
          break;
        case 'outside': {
          // Counted from the first move outside, not the last: a pointer moving on elsewhere closes the card too.
          const due = now + limits.closeDelayMs;
          closeAt = closeAt === undefined ? due : Math.min(closeAt, due);
          break;
        }
      }
      return closeAt;
    },
    mayOpenOther(zone: Zone): boolean {
      return zone === 'outside';
    },
  };
}

export type HoverIntent = ReturnType<typeof createHoverIntent>;
