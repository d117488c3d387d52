/** Named limits, each with the reason for its value. */

/** Excerpts are trimmed to about this many characters: two lines of a hover card at 320 px. */
export const EXCERPT_MAX_CHARS = 120;

/** Up to this many excerpts per term: a card has room for three without scrolling. */
export const EXCERPTS_PER_TERM = 3;

/** Main-thread budget per slice of page annotation: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

/** A card stays this long after the pointer leaves its term: time to move from the term onto the card. */
export const HIDE_GRACE_MS = 200;

/** Nodes the walker reads between clock checks: a clock read per node would cost more than the node. */
export const NODES_PER_CLOCK_CHECK = 200;


/**
 * A `sense: tech` term (豆包, 快手, 幻觉) is marked only with a technology cue or another glossary
 * term within this many characters on either side, in the same block: about two sentences of
 * Chinese, close enough that the cue speaks of the same thing.
 */
export const SENSE_WINDOW_CHARS = 80;
