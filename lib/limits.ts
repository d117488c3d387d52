/** Named limits, each with the reason for its value. */

/** Excerpts are trimmed to about this many characters: two lines of a hover card at 320 px. */
export const EXCERPT_MAX_CHARS = 120;

/** Up to this many excerpts per term: a card has room for three without scrolling. */
export const EXCERPTS_PER_TERM = 3;
