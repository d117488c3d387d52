/** Named limits, each with the reason for its value. */

/** Excerpts are trimmed to about this many characters: two lines of a hover card at 320 px. */
export const EXCERPT_MAX_CHARS = 120;

/** Up to this many excerpts per term: a card has room for three without scrolling. */
export const EXCERPTS_PER_TERM = 3;

/** Main-thread budget per slice of page annotation: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * A card closes this long after the pointer settles outside its term, the card and the corridor
 * between them: long enough to forgive a path that wanders off the corridor's edge, short enough
 * that the card is gone before the reader's eyes are on the next line.
 */
export const CARD_CLOSE_DELAY_MS = 300;

/** The pointer may rest this long on its way to a card (inside the corridor) before that counts as leaving. */
export const CORRIDOR_REST_MS = 500;

/** Pixels around a term and a card that still count as on them: a hand on a mouse shakes by a few. */
export const HOVER_SLACK_PX = 4;

/** Characters of the term's own text a card's heading takes: a term is short; anything longer is not one. */
export const HEADING_MAX_CHARS = 40;

/** Gap between a term and its card, and between a card and the viewport's edge. */
export const CARD_MARGIN_PX = 8;

/** Below this height a card beside the term (with the viewport's height) reads better than a squeezed one above or below. */
export const CARD_MIN_HEIGHT_PX = 160;

/**
 * Tabs "Open in the glossary" may open per minute when the sidebar cannot open: a reader clicks a
 * few; a page driving the button (it cannot, but if it ever could) would open dozens.
 */
export const OPEN_ENTRY_TABS_PER_MINUTE = 4;

/** Terms "Don't mark this term" keeps: far beyond a glossary's size, and it bounds what storage holds. */
export const MAX_UNMARKED_TERMS = 2000;

/** Nodes the walker reads between clock checks: a clock read per node would cost more than the node. */
export const NODES_PER_CLOCK_CHECK = 200;

