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


/** A dictionary lookup sends at most this many characters: CC-CEDICT's longest headword has 19. */
export const DICT_LOOKUP_MAX_CHARS = 20;

/** A dictionary card lists at most this many entries (longest words first), as Zhongwen's does. */
export const DICT_MAX_ENTRIES = 5;
