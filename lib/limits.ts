/** Named limits, each with the reason for its value. */

/** Excerpts are trimmed to about this many characters: two lines of a hover card at 320 px. */
export const EXCERPT_MAX_CHARS = 120;

/** Up to this many excerpts per term: a card has room for three without scrolling. */
export const EXCERPTS_PER_TERM = 3;

/**
 * A line without closing punctuation at most this long is a heading (never an excerpt); a longer one
 * is a paragraph the seed broke at a stray newline (004's 元古 paragraph). The seeds' longest heading
 * holds 29 characters.
 */
export const HEADING_MAX_CHARS = 40;

/** Main-thread budget per slice of page annotation: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

/** A card stays this long after the pointer leaves its term: time to move from the term onto the card. */
export const HIDE_GRACE_MS = 200;

/** Nodes the walker reads between clock checks: a clock read per node would cost more than the node. */
export const NODES_PER_CLOCK_CHECK = 200;

