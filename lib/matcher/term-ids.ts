/**
 * The page matcher's term ids, index by index, as one string: the ids joined by a line break, which
 * no id holds (bundled ids are lower-case slugs, own ids `own-` and hex digits: `[a-z0-9-]`). As
 * an array of 100,000 strings they were most of a frame's parse (JSON.parse makes every one);
 * a frame needs an id only for a hovered term, the side panel's counts and the reader's known and
 * ignored terms, so the string is kept whole: an id is cut out when asked for, through an index of
 * where each starts, built on first need, and an id's index is found with the string's own
 * (native) search.
 */

/** The ids of a page matcher, by term index. */
export interface TermIds {
  readonly count: number;
  /** The id of term `index`, or undefined past the end. */
  at(index: number): string | undefined;
  /** The term index of `id`, or -1. */
  indexOf(id: string): number;
  /** The term indexes of those of `ids` there are. */
  indexesOf(ids: Iterable<string>): Set<number>;
}

export const TERM_ID = /^[a-z0-9-]{1,80}$/;
const MAX_ID_LENGTH = 80;
const SEPARATOR = '\n';
/** Any character an id may not hold, the separator apart. */
const NOT_ID_TEXT = /[^a-z0-9\n-]/;

/** The ids as a message carries them. Throws on an id a frame would refuse (a build's bug, not a page's). */
export function joinTermIds(ids: readonly string[]): string {
  for (const id of ids) if (!TERM_ID.test(id)) throw new Error(`TermLens: not a term id: ${JSON.stringify(id)}`);
  return ids.join(SEPARATOR);
}

/**
 * The ids a message's string holds, or undefined unless every one is 1–80 of `[a-z0-9-]` (no
 * empty id, no separator at either end). One native character test and one pass of native
 * searches to count them; no id is made.
 */
export function parseTermIds(value: unknown): TermIds | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 0) return joinedTermIds(value, 0);
  if (NOT_ID_TEXT.test(value)) return undefined;
  let count = 0;
  let start = 0;
  for (;;) {
    const end = value.indexOf(SEPARATOR, start);
    const length = (end === -1 ? value.length : end) - start;
    if (length < 1 || length > MAX_ID_LENGTH) return undefined;
    count++;
    if (end === -1) break;
    start = end + 1;
  }
  return joinedTermIds(value, count);
}

/** Ids already in an array (a build, a test). */
export const termIdsOf = (ids: readonly string[]): TermIds => joinedTermIds(joinTermIds(ids), ids.length);

/** Every id, in an array (tests and benches: a frame never needs them all). */
export const allTermIds = (ids: TermIds): string[] => Array.from({ length: ids.count }, (_, i) => ids.at(i)!);

function joinedTermIds(joined: string, count: number): TermIds {
  /** Where id i starts, and one past the last id's end plus one (so id i ends at starts[i + 1] - 1). */
  let starts: Int32Array | undefined;
  const startsOf = (): Int32Array => {
    if (starts) return starts;
    starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 1; i < count; i++) starts[i] = at = joined.indexOf(SEPARATOR, at) + 1;
    starts[count] = joined.length + 1;
    return starts;
  };
  return {
    count,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
      const s = startsOf();
      return joined.slice(s[index], s[index + 1]! - 1);
    },
    indexOf(id) {
      if (!TERM_ID.test(id)) return -1;
      for (let from = 0; ; ) {
        const found = joined.indexOf(id, from);
        if (found === -1) return -1;
        const end = found + id.length;
        // A whole id: separators (or the ends) on both sides, not part of a longer one.
        if ((found === 0 || joined[found - 1] === SEPARATOR) && (end === joined.length || joined[end] === SEPARATOR)) return indexStartingAt(startsOf(), found);
        from = found + 1;
      }
    },
    indexesOf(ids) {
      const wanted = new Set([...ids].filter((id) => TERM_ID.test(id)));
      const out = new Set<number>();
      if (wanted.size <= FEW_IDS) {
        for (const id of wanted) {
          const index = this.indexOf(id);
          if (index >= 0) out.add(index);
        }
        return out;
      }
      // Many ids: one pass over all, each id compared where it stands (no id cut out), against the
      // wanted ones of the same length and last three characters (a search per id would read the
      // string each time); a bitmap of those keys passes most ids by without a map lookup.
      const byEnd = new Map<number, string[]>();
      const keys = new Uint8Array(KEY_MASK + 1);
      for (const id of wanted) {
        const key = endKey(id, 0, id.length);
        byEnd.set(key, [...(byEnd.get(key) ?? []), id]);
        keys[key] = 1;
      }
      const s = startsOf();
      for (let i = 0; i < count; i++) {
        const start = s[i]!;
        const end = s[i + 1]! - 1;
        const key = endKey(joined, start, end);
        if (keys[key] !== 1) continue;
        for (const id of byEnd.get(key)!) {
          if (id.length === end - start && joined.startsWith(id, start)) {
            out.add(i);
            break;
          }
        }
      }
      return out;
    },
  };
}

/** Up to this many ids are found by a search each; more by one pass over all. */
const FEW_IDS = 8;
const KEY_MASK = 0xffff;
/** A hash of an id's length and last three characters (ids of one shape, synthetic-1234, differ at the end). */
const endKey = (text: string, start: number, end: number) =>
  ((end - start) * 2_097_152 + text.charCodeAt(end - 1) * 16_384 + text.charCodeAt(Math.max(start, end - 2)) * 128 + text.charCodeAt(Math.max(start, end - 3))) & KEY_MASK;

/** The index i with starts[i] === at (at is an id's start, so there is one). */
function indexStartingAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Own terms' ids start with this (lib/db/own-terms.ts, OWN_ID_PREFIX); bundled and pack ids are slugs of curated terms. */
const OWN_PREFIX = 'own-';

/**
 * How many of the first ids are the reader's own terms: a page matcher lists them first
 * (with-own.ts), so a binary search finds where they end without cutting out every id.
 */
export function ownTermCount(ids: TermIds): number {
  let low = 0;
  let high = ids.count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids.at(mid)!.startsWith(OWN_PREFIX)) low = mid + 1;
    else high = mid;
  }
  return low;
}
