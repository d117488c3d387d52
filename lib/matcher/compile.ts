/**
 * The page matcher: a trie over folded, ASCII-lower-cased forms, laid out in typed arrays, with a
 * 64K-entry first-character table so that most characters of a page cost one array read.
 * Leftmost-longest, non-overlapping; the Latin boundary, case and exclusion rules of the glossary.
 * Build is a sort plus linear passes (a 100,000-term glossary compiles in well under 150 ms).
 */
import { foldCharCode, foldedCodes, foldTable, foldText, LATIN_LETTER, latinClass, NOT_LATIN } from '../text/fold';

export interface MatcherEntry {
  form: string;
  termIndex: number;
  caseSensitive: boolean;
  /** Strings containing `form` in which it is NOT this term. */
  exclude?: readonly string[];
}

export interface Match {
  start: number;
  end: number;
  termIndex: number;
}

export interface Matcher {
  /**
   * Writes [start, end, termIndex] for each match in `text[from, to)` into `out` from index 0 and
   * returns how many numbers it wrote. The page walk reuses one `out`: no allocation per run.
   */
  find(text: string, out: number[], from?: number, to?: number): number;
  /** Calls `onMatch` for each match in `text[from, to)`, in order. Allocates nothing per character. */
  scan(text: string, onMatch: (start: number, end: number, termIndex: number) => void, from?: number, to?: number): void;
  /** Convenience for tests and small inputs. */
  matchAll(text: string): Match[];
  readonly nodeCount: number;
}

const NO_NODE = -1;
/** acceptAs values besides a term index. */
const NO_OUTPUT = -1;
const ASK_RULES = -2;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const TO_LOWER = 0x20;

/**
 * The second-character filter's size: at least 256 Kbit (32 KB, next to nothing passes for the
 * real glossary), growing to this many bits per (first node, second character) pair for big
 * glossaries (about 1 in 16 unseen page pairs passes), up to 2 Mbit (256 KB, a 100,000-term one).
 */
const PAIR_BITS_PER_PAIR = 16;
const PAIR_BITS_LOG2_MIN = 18;
const PAIR_BITS_LOG2_MAX = 21;
/** A hash of `bitsLog2` bits (`shift` = 32 - bitsLog2). */
const pairHash = (node: number, raw: number, shift: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(raw, 0x85ebca6b)) >>> shift;

let changed: readonly number[] | undefined;
let rawByKey: Map<number, number[]> | undefined;

/** For each key character that other characters fold to, every raw character with that key (a → a, A, ａ, Ａ). */
function rawCodesByKey(): Map<number, number[]> {
  if (!rawByKey) {
    rawByKey = new Map();
    const keyOfCode = keyTable();
    for (const code of changedByKey()) {
      const key = keyOfCode[code]!;
      const list = rawByKey.get(key) ?? [key];
      list.push(code);
      rawByKey.set(key, list);
    }
  }
  return rawByKey;
}

/** The few hundred character codes whose key differs from themselves (A–Z, and every code folding changes). */
function changedByKey(): readonly number[] {
  if (!changed) {
    const codes = [...foldedCodes()];
    for (let code = UPPER_A; code <= UPPER_Z; code++) codes.push(code);
    changed = codes.sort((a, b) => a - b);
  }
  return changed;
}

let keys: Uint16Array | undefined;

/**
 * The trie's alphabet: each UTF-16 unit folded and ASCII-lower-cased (Ａ → a too), as a table read
 * for every character the scan follows into the trie. Like the fold table it holds 0 for a code
 * that is its own key (read `key[code] || code`): only the codes that change are written.
 */
function keyTable(): Uint16Array {
  if (!keys) {
    keys = new Uint16Array(0x10000);
    const fold = foldTable();
    for (const code of changedByKey()) {
      const k = fold[code] || code;
      keys[code] = k >= UPPER_A && k <= UPPER_Z ? k + TO_LOWER : k;
    }
  }
  return keys;
}

function keyOf(form: string): string {
  const key = keyTable();
  let changedAt = -1;
  for (let i = 0; i < form.length && changedAt < 0; i++) if (key[form.charCodeAt(i)] !== 0) changedAt = i;
  if (changedAt < 0) return form;
  let out = form.slice(0, changedAt);
  for (let i = changedAt; i < form.length; i++) out += String.fromCharCode(key[form.charCodeAt(i)] || form.charCodeAt(i));
  return out;
}

/** What a trie node accepts: one or more entries whose key ends there. */
interface Output {
  /** Folded (not lower-cased) form, for case-sensitive comparison. */
  folded: string;
  termIndex: number;
  caseSensitive: boolean;
  startClass: number;
  endClass: number;
  exclusions: { context: string; at: number }[] | undefined;
}

export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  const key = keyTable();
  const fold = foldTable();
  // Build the trie by inserting each form; edges are found through an open-addressing hash table
  // of (parent, character) in typed arrays, then laid out as sorted arrays below.
  let capacity = 1;
  for (const e of entries) capacity += e.form.length;
  const edgeParent = new Int32Array(capacity);
  const edgeChar = new Uint16Array(capacity);
  const byKey = new Int32Array(0x10000).fill(NO_NODE);
  const bits = Math.max(4, Math.ceil(Math.log2(capacity * 2)));
  const mask = (1 << bits) - 1;
  // Each slot is [parent, character, child] side by side: one cache line per probe.
  const slots = new Int32Array((mask + 1) * 3).fill(NO_NODE);
  const outputs: (Output[] | undefined)[] = new Array(capacity);
  let nodeCount = 1; // node 0 is the root
  for (const entry of entries) {
    const form = entry.form;
    if (form.length === 0) continue;
    let node = 0;
    for (let d = 0; d < form.length; d++) {
      const raw = form.charCodeAt(d);
      const c = key[raw] || raw;
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - bits);
      for (;;) {
        const at = h * 3;
        const parent = slots[at]!;
        if (parent === node && slots[at + 1] === c) {
          node = slots[at + 2]!;
          break;
        }
        if (parent === NO_NODE) {
          const next = nodeCount++;
          edgeParent[next] = node;
          edgeChar[next] = c;
          slots[at] = node;
          slots[at + 1] = c;
          slots[at + 2] = next;
          if (node === 0) byKey[c] = next;
          node = next;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    const folded = foldOnly(form);
    const output: Output = {
      folded,
      termIndex: entry.termIndex,
      // Case can only tell apart forms with ASCII letters (the key lower-cases nothing else): a
      // Chinese form marked case-sensitive needs no check on the page's text.
      caseSensitive: entry.caseSensitive && hasAsciiLetter(folded),
      startClass: latinClass(folded.charCodeAt(0)),
      endClass: latinClass(folded.charCodeAt(folded.length - 1)),
      exclusions: exclusionsOf(folded, entry.exclude),
    };
    const list = outputs[node];
    if (list) list.push(output);
    else outputs[node] = [output];
  }
  capacity = nodeCount;

  // Children of each node, contiguous (a counting sort of the edges by parent), then sorted by
  // character within each parent for the binary search in child().
  const childStart = new Int32Array(capacity + 1);
  for (let node = 1; node < capacity; node++) childStart[edgeParent[node]! + 1]!++;
  for (let node = 0; node < capacity; node++) childStart[node + 1]! += childStart[node]!;
  const childNode = new Int32Array(Math.max(capacity - 1, 0));
  const childChar = new Uint16Array(Math.max(capacity - 1, 0));
  const fill = childStart.slice(0, capacity);
  for (let node = 1; node < capacity; node++) {
    const slot = fill[edgeParent[node]!]!++;
    childNode[slot] = node;
    childChar[slot] = edgeChar[node]!;
  }
  for (let node = 0; node < capacity; node++) sortChildren(childChar, childNode, childStart[node]!, childStart[node + 1]!);
  // The first-character filter: root's children indexed directly by character code.
  // Indexed by the page's raw character (folding and case already applied), so that the scan's
  // hot loop is one array read per character.
  const rootChild = byKey.slice();
  for (const code of changedByKey()) rootChild[code] = byKey[key[code]!]!;

  // The second-character filter: a bit per (first node, raw second character), hashed. A page's
  // common characters (大, 数, 人…) start some term, but are rarely followed by its second character;
  // this turns most of those first-character hits into two array reads. First nodes that are a
  // term by themselves always pass.
  const rawOf = rawCodesByKey();
  let secondNodes = 0;
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) secondNodes += childStart[childNode[slot]! + 1]! - childStart[childNode[slot]!]!;
  const pairBitsLog2 = Math.min(PAIR_BITS_LOG2_MAX, Math.max(PAIR_BITS_LOG2_MIN, Math.ceil(Math.log2(secondNodes * PAIR_BITS_PER_PAIR + 1))));
  const pairShift = 32 - pairBitsLog2;
  const pairBits = new Int32Array(1 << (pairBitsLog2 - 5));
  const passAlone = new Uint8Array(capacity);
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) {
    const first = childNode[slot]!;
    if (outputs[first]) passAlone[first] = 1;
    for (let s2 = childStart[first]!; s2 < childStart[first + 1]!; s2++) {
      const key = childChar[s2]!;
      for (const raw of rawOf.get(key) ?? [key]) {
        const h = pairHash(first, raw, pairShift);
        pairBits[h >>> 5]! |= 1 << (h & 31);
      }
    }
  }

  // What each node accepts, settled at build where no rule needs the page's text: the term index
  // for a lone Chinese form without case or exclusions (nearly all), else ASK_RULES or NO_OUTPUT.
  const acceptAs = new Int32Array(capacity).fill(NO_OUTPUT);
  for (let node = 0; node < capacity; node++) {
    const list = outputs[node];
    if (!list) continue;
    const only = list[0]!;
    const ruleFree = list.length === 1 && only.startClass === NOT_LATIN && only.endClass === NOT_LATIN && !only.caseSensitive && !only.exclusions;
    acceptAs[node] = ruleFree ? only.termIndex : ASK_RULES;
  }

  function child(node: number, code: number): number {
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = childChar[mid]!;
      if (c === code) return childNode[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NO_NODE;
  }

  function accepted(list: Output[], text: string, start: number, end: number, to: number, from: number): Output | undefined {
    for (const out of list) {
      if (out.startClass !== NOT_LATIN && start > from && latinClass(foldCharCode(text.charCodeAt(start - 1))) === out.startClass) continue;
      if (out.endClass !== NOT_LATIN && end < to && latinClass(foldCharCode(text.charCodeAt(end))) === out.endClass) continue;
      if (out.caseSensitive && !sameFolded(fold, text, start, out.folded)) continue;
      if (out.exclusions && out.exclusions.some((x) => start - x.at >= from && start - x.at + x.context.length <= to && sameKey(text, start - x.at, x.context))) continue;
      return out;
    }
    return undefined;
  }

  function find(text: string, out: number[], from = 0, to = text.length): number {
    let written = 0;
    let i = from;
    while (i < to) {
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
          const hit = accepted(outputs[node]!, text, i, j, to, from);
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

/** The form folded but not lower-cased; the form itself when folding changes nothing (most forms). */
function foldOnly(form: string): string {
  const key = keyTable();
  for (let i = 0; i < form.length; i++) {
    // A character that folding changes also changes its key; most forms have none.
    const c = form.charCodeAt(i);
    if (key[c] !== 0 && foldCharCode(c) !== c) return foldText(form);
  }
  return form;
}

function hasAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (latinClass(text.charCodeAt(i)) === LATIN_LETTER) return true;
  return false;
}

/** Sorts one parent's children [from, to) by character: insertion sort (most nodes have one or two). */
function sortChildren(chars: Uint16Array, nodes: Int32Array, from: number, to: number): void {
  if (to - from > 64) {
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => chars[a]! - chars[b]!);
    const c = order.map((i) => chars[i]!);
    const n = order.map((i) => nodes[i]!);
    chars.set(c, from);
    nodes.set(n, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const c = chars[i]!;
    const n = nodes[i]!;
    let j = i - 1;
    while (j >= from && chars[j]! > c) {
      chars[j + 1] = chars[j]!;
      nodes[j + 1] = nodes[j]!;
      j--;
    }
    chars[j + 1] = c;
    nodes[j + 1] = n;
  }
}

function exclusionsOf(folded: string, exclude: readonly string[] | undefined): Output['exclusions'] {
  if (!exclude || exclude.length === 0) return undefined;
  const key = keyOf(folded);
  const out: { context: string; at: number }[] = [];
  for (const raw of exclude) {
    const context = keyOf(raw);
    for (let at = context.indexOf(key); at >= 0; at = context.indexOf(key, at + 1)) out.push({ context, at });
  }
  return out.length > 0 ? out : undefined;
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
function sameKey(text: string, start: number, key: string): boolean {
  const keyOfCode = keyTable();
  for (let k = 0; k < key.length; k++) {
    const raw = text.charCodeAt(start + k);
    if ((keyOfCode[raw] || raw) !== key.charCodeAt(k)) return false;
  }
  return true;
}
