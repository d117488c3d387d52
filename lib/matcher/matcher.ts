/**
 * The page scan over a compiled layout: a trie in typed arrays behind a 64K-entry first-character
 * table, so that most characters of a page cost one array read. Leftmost-longest, non-overlapping;
 * the Latin boundary, case and exclusion rules of the glossary where a node asks for them.
 */
import { SENSE_WINDOW_CHARS } from '../limits';
import { foldTable, TOUCH_LETTER, touches } from '../text/fold';
import { keyTable } from './keys';
import { ASK_RULES, NO_OUTPUT, type MatcherLayout, type RuleOutput } from './layout';

export interface Match {
  start: number;
  end: number;
  termIndex: number;
}

export interface Matcher {
  /**
   * Writes [start, end, termIndex] for each match in `text[from, to)` into `out` from index 0 and
   * returns how many numbers it wrote. The page walk reuses one `out`: no allocation per run.
   * `startAt` and `startBefore` scan a part of that text (matches starting in `[startAt, startBefore)`,
   * ending anywhere before `to`, rules seeing all of `[from, to)`): a huge run is scanned a part per
   * time slice, with the matches the whole scan would give.
   */
  find(text: string, out: number[], from?: number, to?: number, startAt?: number, startBefore?: number): number;
  /** Calls `onMatch` for each match in `text[from, to)`, in order. Allocates nothing per character. */
  scan(text: string, onMatch: (start: number, end: number, termIndex: number) => void, from?: number, to?: number): void;
  /** Convenience for tests and small inputs. */
  matchAll(text: string): Match[];
  readonly nodeCount: number;
}

const NO_NODE = -1;

/** A hash of `bitsLog2` bits (`shift` = 32 - bitsLog2) of (first node, raw second character). */
export const pairHash = (node: number, raw: number, shift: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(raw, 0x85ebca6b)) >>> shift;

/** Wraps a layout (from `buildLayout`, or from a message through `parseLayout`) for scanning. */
export function matcherOf(layout: MatcherLayout): Matcher {
  const key = keyTable();
  const fold = foldTable();
  const capacity = layout.nodeCount;
  const { childStart, childChar, acceptAs } = layout;
  const rootChild = new Int32Array(0x10000).fill(NO_NODE);
  const rootPairs = layout.rootPairs;
  for (let k = 0; k < rootPairs.length; k += 2) rootChild[rootPairs[k]!] = rootPairs[k + 1]!;
  const pairShift = 32 - layout.pairBitsLog2;
  const pairBits = layout.pairBits;
  // First nodes that are a term by themselves skip the second-character filter.
  const passAlone = new Uint8Array(capacity);
  // Bounded by the slots there are: a wrong number from a message must not make this loop run for ever.
  for (let slot = Math.max(0, childStart[0]!), end = Math.min(childStart[1]!, childChar.length); slot < end; slot++) {
    const first = slot + 1;
    if (acceptAs[first]! !== NO_OUTPUT) passAlone[first] = 1;
  }
  const outputs = new Map<number, RuleOutput[]>(layout.rules);
  const cues = layout.cues.map((c) => c.toLowerCase());
  // The sense check scans the window around a term with the same trie; sense terms found there
  // do not count as context (豆包 beside 快手 is still breakfast).
  let checkingSense = false;
  const windowFound: number[] = [];

  /** Is there a technology cue or a glossary term within the window around [start, end)? */
  function aboutTechnology(text: string, start: number, end: number, from: number, to: number): boolean {
    const lo = Math.max(from, start - SENSE_WINDOW_CHARS);
    const hi = Math.min(to, end + SENSE_WINDOW_CHARS);
    checkingSense = true;
    try {
      if (find(text, windowFound, lo, start) > 0 || find(text, windowFound, end, hi) > 0) return true;
    } finally {
      checkingSense = false;
    }
    for (const cue of cues) {
      const first = cue.charCodeAt(0);
      for (let i = lo; i + cue.length <= hi; i++) {
        // Only a cue outside the term counts (点云 is a cue, but not for itself).
        if (i + cue.length > start && i < end) continue;
        const raw = text.charCodeAt(i);
        if ((key[raw] || raw) !== first || !sameKey(key, text, i, cue)) continue;
        // Latin cues are whole words: "ai" is not in "said".
        if (touches(text, i, TOUCH_LETTER, 'start', lo, hi) || touches(text, i + cue.length, TOUCH_LETTER, 'end', lo, hi)) continue;
        return true;
      }
    }
    return false;
  }

  function child(node: number, code: number): number {
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = childChar[mid]!;
      if (c === code) return mid + 1; // breadth-first numbering: slot s holds node s + 1
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NO_NODE;
  }

  function accepted(list: RuleOutput[], text: string, start: number, end: number, to: number, from: number): RuleOutput | undefined {
    for (const out of list) {
      if (out.startMask !== 0 && touches(text, start, out.startMask, 'start', from, to)) continue;
      if (out.endMask !== 0 && touches(text, end, out.endMask, 'end', from, to)) continue;
      if (out.caseSensitive && !sameFolded(fold, text, start, out.folded)) continue;
      if (out.exclusions && inContext(out.exclusions, text, start, from, to) && !(out.keeps && inContext(out.keeps, text, start, from, to))) continue;
      if (out.sense && (checkingSense || !aboutTechnology(text, start, end, from, to))) continue;
      return out;
    }
    return undefined;
  }

  function find(text: string, out: number[], from = 0, to = text.length, startAt = from, startBefore = to): number {
    let written = 0;
    let i = startAt;
    while (i < startBefore) {
      let node = rootChild[text.charCodeAt(i)]!;
      if (node === NO_NODE) {
        i++;
        continue;
      }
      if (passAlone[node] === 0) {
        const h = i + 1 < to ? pairHash(node, text.charCodeAt(i + 1), pairShift) : -1;
        if (h < 0 || (pairBits[h >>> 5]! & (1 << (h & 31))) === 0) {
          i++;
          continue;
        }
      }
      let bestEnd = -1;
      let bestTerm = -1;
      let j = i + 1;
      for (;;) {
        const accepts = acceptAs[node]!;
        if (accepts >= 0) {
          bestEnd = j;
          bestTerm = accepts;
        } else if (accepts === ASK_RULES) {
          const hit = accepted(outputs.get(node)!, text, i, j, to, from);
          if (hit) {
            bestEnd = j;
            bestTerm = hit.termIndex;
          }
        }
        if (j >= to) break;
        const raw = text.charCodeAt(j);
        node = child(node, key[raw] || raw);
        if (node === NO_NODE) break;
        j++;
      }
      if (bestEnd > 0) {
        out[written++] = i;
        out[written++] = bestEnd;
        out[written++] = bestTerm;
        i = bestEnd;
      } else {
        i++;
      }
    }
    return written;
  }

  return {
    find,
    scan(text, onMatch, from, to) {
      const found: number[] = [];
      const n = find(text, found, from, to);
      for (let k = 0; k < n; k += 3) onMatch(found[k]!, found[k + 1]!, found[k + 2]!);
    },
    matchAll(text) {
      const found: number[] = [];
      const n = find(text, found);
      const out: Match[] = [];
      for (let k = 0; k < n; k += 3) out.push({ start: found[k]!, end: found[k + 1]!, termIndex: found[k + 2]! });
      return out;
    },
    nodeCount: capacity,
  };
}

/** Does one of `contexts` (each with the form at `at`) stand in `text[from, to)` around a match at `start`? */
function inContext(contexts: { context: string; at: number }[], text: string, start: number, from: number, to: number): boolean {
  const key = keyTable();
  return contexts.some((x) => start - x.at >= from && start - x.at + x.context.length <= to && sameKey(key, text, start - x.at, x.context));
}

/** Does `text` at `start` equal `folded` after folding (exact case)? */
function sameFolded(fold: Uint16Array, text: string, start: number, folded: string): boolean {
  for (let k = 0; k < folded.length; k++) {
    const raw = text.charCodeAt(start + k);
    if ((fold[raw] || raw) !== folded.charCodeAt(k)) return false;
  }
  return true;
}

/** Does `text` at `start` equal `key` after folding and lower-casing? */
function sameKey(keyOfCode: Uint16Array, text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const raw = text.charCodeAt(start + k);
    if ((keyOfCode[raw] || raw) !== key.charCodeAt(k)) return false;
  }
  return true;
}
