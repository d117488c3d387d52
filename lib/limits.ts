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


/** Import files above this size are refused: the full CC-CEDICT (about 120,000 lines) is under 10 MB, and the whole file is read into memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** An own term longer than this is refused: glossary terms are words and phrases, not sentences. */
export const MAX_TERM_CHARS = 40;

/** A Latin form this short (AI, VR, IT, OS) matches inside many unrelated words and names: the import report lists each. */
export const RISKY_LATIN_MAX_CHARS = 3;

/** Records written per step of an import: a progress update between steps, all inside one transaction. */
export const IMPORT_CHUNK_ROWS = 5000;

/** The matcher is rebuilt this long after the last change to own terms or statuses: a burst of edits costs one build. */
export const MATCHER_REBUILD_DEBOUNCE_MS = 150;

/** The import report lists at most this many lines per kind (invalid, duplicates, collisions): enough to spot a pattern, short enough to read. */
export const IMPORT_REPORT_DETAIL_ROWS = 100;
