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
 * The Reader takes files and pasted text up to this many bytes (UTF-8 for pasted text): a
 * book-length text, well past any article. One limit for both ways in: past it the panel refuses.
 */
export const READER_MAX_BYTES = 5 * 1024 * 1024;

/** The Reader marks the text this long after the last keystroke: typing never waits for a re-render. */
export const READER_EDIT_DEBOUNCE_MS = 300;

/**
 * The Reader renders text in pieces of about this many characters, the next one as the reader
 * scrolls near the end: a whole 5 MB text is well over 100,000 elements, seconds of layout at once.
 */
export const READER_CHUNK_CHARS = 8_000;

/** HTML is tokenized this many characters at a time, the panel's event loop running in between. */
export const READER_HTML_SLICE_CHARS = 64 * 1024;

/** Files are decoded this many bytes at a time, the panel's event loop running in between. */
export const READER_DECODE_SLICE_BYTES = 256 * 1024;

/** Bytes the encoding guess looks at: enough for a confident guess, cheap on a 5 MB file. */
export const READER_ENCODING_SAMPLE_BYTES = 64 * 1024;

/**
 * Longer texts are shown but not put in the Reader's edit box: Chromium took 25 s to lay out a
 * textarea of 1.7 million characters, and 5 s per keystroke after that (2 busy cores).
 */
export const READER_EDITOR_MAX_CHARS = 100_000;
