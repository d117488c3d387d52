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

/**
 * A card closes this long after the pointer settles outside its term, the card and the corridor
 * between them: long enough to forgive a path that wanders off the corridor's edge, short enough
 * that the card is gone before the reader's eyes are on the next line.
 */
export const CARD_CLOSE_DELAY_MS = 300;

/** The pointer may rest this long on its way to a card (inside the corridor) before that counts as leaving. */
export const CORRIDOR_REST_MS = 500;

/**
 * The side panel's popover opens for a term the pointer has stayed on this long: the pages' card
 * default (settings' hoverDelayMs), so a path that passes over a term opens nothing.
 */
export const POPOVER_HOVER_DELAY_MS = 300;

/** Pixels around a term and a card that still count as on them: a hand on a mouse shakes by a few. */
export const HOVER_SLACK_PX = 4;

/** Characters of the term's own text a card's heading takes: a term is short; anything longer is not one. */
export const CARD_HEADING_MAX_CHARS = 40;

/** Gap between a term and its card, and between a card and the viewport's edge. */
export const CARD_MARGIN_PX = 8;

/** Below this height a card beside the term (with the viewport's height) reads better than a squeezed one above or below. */
export const CARD_MIN_HEIGHT_PX = 160;

/**
 * Tabs "Open in the glossary" may open per minute when the sidebar cannot open: a reader clicks a
 * few; a page driving the button (it cannot, but if it ever could) would open dozens.
 */
export const OPEN_ENTRY_TABS_PER_MINUTE = 4;

/**
 * Terms an older version's "Don't mark this term" kept in the settings, moved into the reader's
 * database on upgrade: that version's bound on its list.
 */
export const MAX_UNMARKED_TERMS = 2000;

/** Nodes the walker reads between clock checks: a clock read per node would cost more than the node. */
export const NODES_PER_CLOCK_CHECK = 200;

/**
 * Characters of one run scanned between clock checks: a run longer than this (a 20 MB text node,
 * a block of 200,000 text nodes) is scanned a part per check, so no scan is one long task. About
 * a millisecond of scanning on a slow core; most runs are far shorter and are scanned whole.
 */
export const SCAN_CHUNK_CHARS = 64 * 1024;

/**
 * Matches painted between clock checks: a block can hold tens of thousands of matches, and a
 * range costs a few microseconds to make and add to the highlight.
 */
export const PAINT_MATCHES_PER_CLOCK_CHECK = 64;

/**
 * Blocks whose runs (text nodes and their offsets) are kept after they were read for painting,
 * hovering or stepping: the block under the pointer, the one being painted and a few near them.
 * A kept block is dropped when a mutation touches it, or when a fifth is read: the heap it holds is
 * at most this many blocks' node lists (about 2.4 MB for a block of 200,000 text nodes).
 */
export const RUN_CACHE_BLOCKS = 4;

/**
 * Text nodes a hover reads of a block not kept in the run cache before it answers "nothing yet" and
 * reads the rest in the coming slices: a paragraph has a few dozen; a block of 200,000 is read
 * once over many slices and kept, and the next pointer move finds the term.
 */
export const HOVER_READ_NODES = 2000;

/**
 * A block with more children than this is read through a sparse offset index (sparse-block.ts)
 * rather than node by node, if it is flat: painting and hover then touch only the part near the
 * viewport or the pointer. A paragraph has a few dozen children; below this, reading it whole
 * costs no more than a hover may.
 */
export const SPARSE_BLOCK_MIN_CHILDREN = HOVER_READ_NODES;

/**
 * Children between two marks of a sparse index: a hover or a painted part reads at most this many
 * nodes past what it needs, and the index holds one number per this many children (782 for 200,000).
 */
export const SPARSE_MARK_EVERY = 256;

/** Elements checked for flatness per unit of a sparse build's budget (an element is one tag read). */
export const SPARSE_CHECK_ELEMENTS = 8;

/**
 * Budget units one mark's span counts in a read's budget (NODES_PER_CLOCK_CHECK a step): counting
 * a span's text is done in C++, far cheaper than reading its SPARSE_MARK_EVERY nodes from script.
 */
export const SPARSE_MARK_COST = 8;

/**
 * Matches keyboard stepping tries inside a huge flat block before it passes the block: each try
 * reads the nodes around a match, and a match not rendered (in a `display: none` span) is rare.
 */
export const SPARSE_TRIES = 64;


/** Import files above this size are refused: the full CC-CEDICT (about 120,000 lines) is under 10 MB, and the whole file is read into memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** An own term longer than this is refused: glossary terms are words and phrases, not sentences. */
export const MAX_TERM_CHARS = 40;

/** A Latin form this short (AI, VR, IT, OS) matches inside many unrelated words and names: the import report lists each. */
export const RISKY_LATIN_MAX_CHARS = 3;

/** Own-term shards (of 256, lib/db/own-term-shards.ts) written per step of an import: a progress update between steps, all inside one transaction. */
export const IMPORT_SHARDS_PER_STEP = 16;

/** The matcher is rebuilt this long after the last change to own terms or statuses: a burst of edits costs one build. */
export const MATCHER_REBUILD_DEBOUNCE_MS = 150;

/** The import report lists at most this many lines per kind (invalid, duplicates, collisions): enough to spot a pattern, short enough to read. */
export const IMPORT_REPORT_DETAIL_ROWS = 100;
/**
 * How many levels above a block its watched anchor may be: two groups a section's paragraphs or a
 * story card's parts under one IntersectionObserver entry, and places (places.ts) count that deep.
 */
export const ANCHOR_LEVELS = 2;

/** Points down the middle of the viewport whose blocks are read before the rest of the page: each is a hit test that costs in proportion to the page. */
export const VIEWPORT_SAMPLES = 4;

/**
 * The most element children a level of a block's place under its anchor counts (places.ts), and
 * the widest parent an anchor may be: a wider parent (a feed of hundreds of items) would paint
 * everything in it at once when it comes near the viewport.
 */
export const PLACE_FANOUT = 16;

/** Marks are made one viewport above and below what is visible, so scrolling shows them already there. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px';

/** The same margin in viewport heights, for the parts of a huge block (sparse-block.ts), which the observer cannot see. */
export const NEAR_VIEWPORT_SCREENS = 1;

/** While a frame waits for text, one check per this interval at most, however busy its mutations. */
export const READABLE_RECHECK_MS = 200;

/** A term the sidebar scrolled to stays flashed this long: long enough to catch the eye after the scroll. */
export const FLASH_MS = 1600;
/** How long a card's plain feedback ("Copied") stays; one with Undo stays until the next action. */
export const FEEDBACK_CLEAR_MS = 4000;

/** A page that keeps changing tells a watching sidebar its terms at most once per this interval. */
export const UPDATE_INTERVAL_MS = 400;

/** After the reader switches a site back on, the popup asks for its terms again this much later: the page marks them again in slices first. */
export const POPUP_RECOUNT_DELAY_MS = 600;

/** A request to open an entry older than this was for a sidebar that never opened: it is ignored. */
export const OPEN_ENTRY_FRESH_MS = 15_000;

/** Shadow roots the highlight sheet was added to are held for removal; past this many, those that left the page are let go. */
export const SHEET_ROOTS_PRUNE_AT = 64;

/**
 * Sites the reader switched TermLens off on, read at most: far more than anyone switches by hand,
 * and every frame of every page reads the list (a corrupt list of 400,000 delayed marks by 2 s per
 * page). A longer stored list is cut to its first entries at read, and the options page says so.
 */
export const DISABLED_SITES_MAX = 5000;

/** Domains a reader may switch off: the glossary has nine; room for packs to add more, never an unbounded list. */
export const OFF_DOMAINS_MAX = 64;

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

/** A dictionary lookup sends at most this many characters: CC-CEDICT's longest headword has 19. */
export const DICT_LOOKUP_MAX_CHARS = 20;

/** A dictionary card lists at most this many entries (longest words first), as Zhongwen's does. */
export const DICT_MAX_ENTRIES = 5;

/**
 * An everyday form (豆包, 推理, 幻觉) is marked with a technology cue or an unambiguous glossary term
 * within this many characters on either side, in the same block: about two sentences of Chinese,
 * close enough that the cue speaks of the same thing.
 */
export const SENSE_WINDOW_CHARS = 80;

/**
 * An everyday form's collocations (推理 + 模型, 参数 + 亿) count within this many characters of it:
 * 推理的速度, 1750亿个参数, but not a word of the next clause.
 */
export const COLLOCATION_WINDOW_CHARS = 6;
/** The text around a match a card reads to say why it was marked: room for every evidence window (a term, a cue, collocations). */
export const SENSE_TEXT_AROUND_CHARS = 200;

/**
 * A hover card names at most this many related terms (most relevant first), then "+N more" opens
 * the full entry: GPU has 22, which wrap to six lines of chips and push the card's actions out of view.
 */
export const RELATED_ON_CARD = 8;

/** A note on a term: a few paragraphs; a longer text is refused where it arrives (the card, the background). */
export const MAX_NOTE_CHARS = 2000;

/** The sentence kept with an added term: a long Chinese sentence; a longer one is cut around the term. */
export const MET_SENTENCE_MAX_CHARS = 200;

/** The page title kept with an added term (titles past this are SEO stuffing, not names). */
export const MET_TITLE_MAX_CHARS = 300;

/** The page address kept with an added term: longer addresses are cut to their origin and path. */
export const MET_URL_MAX_CHARS = 2048;

/** How long a requested "add this term" stays valid for the side panel that opens for it. */
export const ADD_DRAFT_FRESH_MS = 60_000;

// --- Glossary packs (lib/packs/): downloaded data, so every size is bounded before it is read ---

/** One pack file (full or patch) at most: a 20,000-term pack with generated exclusions is about 12 MB. */
export const PACK_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** A version file lists a few dozen packs in a few kilobytes; anything near this is not one. */
export const PACK_VERSION_FILE_MAX_BYTES = 256 * 1024;

/** Terms in one pack at most: ten times the bundled glossary's largest domain, and the matcher stays small. */
export const PACK_TERMS_MAX = 20_000;

/** Packs one version file may list: the nine domains and room for a team's own. */
export const PACKS_PER_SOURCE_MAX = 64;

/** A definition, note or excerpt field: the bundled glossary's longest is under 600 characters. */
export const PACK_TEXT_MAX_CHARS = 4_000;

/** A form, id-like or short field (term, pinyin, English name): the longest bundled form has 24 characters. */
export const PACK_SHORT_TEXT_MAX_CHARS = 200;

/** Items in one list field (forms, exclude, keep, related): the bundled glossary's longest keep list has 551. */
export const PACK_LIST_MAX = 4_000;

/** A download that sends no byte for this long is given up (and retried later with back-off). */
export const PACK_FETCH_STALL_MS = 30_000;

/** A whole file may take this long at most, however steadily a slow server trickles it. */
export const PACK_FETCH_TOTAL_MS = 5 * 60_000;

/** Automatic checks at most this often: new jargon arrives monthly, and each check is one small request per source. */
export const PACKS_CHECK_INTERVAL_MINUTES = 12 * 60;

/** Retries after a failure wait this long first, then four times longer each time up to PACK_RETRY_MAX_MS. */
export const PACK_RETRY_FIRST_MS = 5_000;

/** The longest wait between retries: a server down for a day is asked a few times, not hundreds. */
export const PACK_RETRY_MAX_MS = 6 * 60 * 60_000;

/** Subscribed pack sources at most: each is a request per check and a host permission. */
export const PACK_SUBSCRIPTIONS_MAX = 20;

/** Spellings (and tags) a restored own term may carry: an import gives a term its other script and a few aliases; thousands would slow every page. */
export const OWN_FORMS_MAX = 64;

/** A restored own term's definition, pinyin or English: several paragraphs; past this a record is damage, not a definition. */
export const OWN_TEXT_MAX_CHARS = 10_000;

/** How long a card's token lets its content script write the term's status or note: an hour, far more than a card stays open. */
export const CARD_TOKEN_MAX_AGE_MS = 60 * 60_000;

/**
 * Matcher rebuilds asked for in a minute before the next waits for the window: a save or an import
 * asks once, and a rebuild of 100,000 own terms costs the background seconds.
 */
export const MATCHER_REBUILDS_PER_MINUTE = 30;

/** A card token's length at most (`<15 digits>.<43 base64url>`, card-tokens.ts): anything longer is not one. */
export const CARD_TOKEN_MAX_CHARS = 60;

/**
 * Own terms TermLens keeps at most, imports included: every frame of every page receives all of
 * them in the page matcher. Measured (docs/performance.md, "the frame start"): 100,000 terms make a
 * 3.8 MB matcher message and 68–75 ms of a frame's start CPU, already past the start budget; three
 * times that would take a frame ~200 ms before its first marks. (Chrome's 64 MiB per message would
 * allow ~1.7 million; the start budget runs out long before.)
 */
export const OWN_TERMS_MAX = 100_000;

/**
 * Lines an import file may have, counted before it is parsed: OWN_TERMS_MAX terms with room for a
 * header, comments and lines the report leaves out. A 1,000,000-line file is refused with this
 * number stated, before anything is parsed or written.
 */
export const IMPORT_LINES_MAX = 150_000;
