/**
 * The page matcher: a trie over folded, ASCII-lower-cased forms, laid out in typed arrays, with a
 * 64K-entry first-character table so that most characters of a page cost one array read.
 * Leftmost-longest, non-overlapping; the Latin boundary, case and exclusion rules of the glossary.
 * Build is a sort plus linear passes (a 100,000-term glossary compiles in well under 150 ms).
 */
import { foldCharCode, latinClass, NOT_LATIN } from '../text/fold';

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
  /** Calls `onMatch` for each match in `text[from, to)`, in order. Allocates nothing per character. */
  scan(text: string, onMatch: (start: number, end: number, termIndex: number) => void, from?: number, to?: number): void;
  /** Convenience for tests and small inputs. */
  matchAll(text: string): Match[];
  readonly nodeCount: number;
}

const NO_NODE = -1;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const TO_LOWER = 0x20;

/** Folded and ASCII-lower-cased: the trie's alphabet. */
function keyCode(code: number): number {
  const folded = foldCharCode(code);
  return folded >= UPPER_A && folded <= UPPER_Z ? folded + TO_LOWER : folded;
}

const PAIR_BITS_LOG2 = 18; // 256K bits, 32 KB: few false passes for a 100,000-term glossary
const PAIR_WORDS = 1 << (PAIR_BITS_LOG2 - 5);
const PAIR_MASK = (1 << PAIR_BITS_LOG2) - 1;
const pairHash = (node: number, raw: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(raw, 0x85ebca6b)) >>> (32 - PAIR_BITS_LOG2) & PAIR_MASK;

let changed: Uint16Array | undefined;
let rawByKey: Map<number, number[]> | undefined;

/** For each key character that other characters fold to, every raw character with that key (a → a, A, ａ, Ａ). */
function rawCodesByKey(): Map<number, number[]> {
  if (!rawByKey) {
    rawByKey = new Map();
    for (const code of changedByKey()) {
      const key = keyCode(code);
      const list = rawByKey.get(key) ?? [key];
      list.push(code);
      rawByKey.set(key, list);
    }
  }
  return rawByKey;
}

/** The few hundred character codes whose key differs from themselves (A–Z, fullwidth, dots, dashes). */
function changedByKey(): Uint16Array {
  if (!changed) {
    const codes: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (keyCode(code) !== code) codes.push(code);
    changed = Uint16Array.from(codes);
  }
  return changed;
}

function keyOf(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; i++) out += String.fromCharCode(keyCode(form.charCodeAt(i)));
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
  const keyed = entries
    .filter((e) => e.form.length > 0)
    .map((e) => ({ entry: e, key: keyOf(e.form) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  // Build the trie from sorted keys: each key shares its prefix path with the previous one.
  let capacity = 1 + keyed.reduce((n, k) => n + k.key.length, 0);
  const edgeParent = new Int32Array(capacity);
  const edgeChar = new Uint16Array(capacity);
  const outputsByNode = new Map<number, Output[]>();
  let nodeCount = 1; // node 0 is the root
  const path: number[] = [0];
  let previous = '';
  for (const { entry, key } of keyed) {
    let common = 0;
    const limit = Math.min(previous.length, key.length);
    while (common < limit && previous.charCodeAt(common) === key.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let d = common; d < key.length; d++) {
      const node = nodeCount++;
      edgeParent[node] = path[d]!;
      edgeChar[node] = key.charCodeAt(d);
      path.push(node);
    }
    previous = key;
    const end = path[key.length]!;
    const folded = keyOfFoldOnly(entry.form);
    const list = outputsByNode.get(end) ?? [];
    list.push({
      folded,
      termIndex: entry.termIndex,
      caseSensitive: entry.caseSensitive,
      startClass: latinClass(folded.charCodeAt(0)),
      endClass: latinClass(folded.charCodeAt(folded.length - 1)),
      exclusions: exclusionsOf(folded, entry.exclude),
    });
    outputsByNode.set(end, list);
  }
  capacity = nodeCount;

  // Children of each node, contiguous and sorted by character (keys were sorted, so creation order
  // within a parent is already ascending): counting sort of the edges by parent.
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
  // The first-character filter: root's children indexed directly by character code.
  const byKey = new Int32Array(0x10000).fill(NO_NODE);
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) byKey[childChar[slot]!] = childNode[slot]!;
  // Indexed by the page's raw character (folding and case already applied), so that the scan's
  // hot loop is one array read per character.
  const rootChild = byKey.slice();
  for (const code of changedByKey()) rootChild[code] = byKey[keyCode(code)]!;
  // Outputs as a dense array indexed by node (undefined for most nodes).
  const outputs: (Output[] | undefined)[] = new Array(capacity);
  for (const [node, list] of outputsByNode) outputs[node] = list;

  // The second-character filter: a bit per (first node, raw second character), hashed. A page's
  // common characters (大, 数, 人…) start some term, but are rarely followed by its second character;
  // this turns most of those first-character hits into two array reads. First nodes that are a
  // term by themselves always pass.
  const pairBits = new Int32Array(PAIR_WORDS);
  const passAlone = new Uint8Array(capacity);
  const rawOf = rawCodesByKey();
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) {
    const first = childNode[slot]!;
    if (outputs[first]) passAlone[first] = 1;
    for (let s2 = childStart[first]!; s2 < childStart[first + 1]!; s2++) {
      const key = childChar[s2]!;
      for (const raw of rawOf.get(key) ?? [key]) {
        const h = pairHash(first, raw);
        pairBits[h >>> 5]! |= 1 << (h & 31);
      }
    }
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
      if (out.caseSensitive && !sameFolded(text, start, out.folded)) continue;
      if (out.exclusions && out.exclusions.some((x) => start - x.at >= from && start - x.at + x.context.length <= to && sameKey(text, start - x.at, x.context))) continue;
      return out;
    }
    return undefined;
  }

  function scan(text: string, onMatch: (start: number, end: number, termIndex: number) => void, from = 0, to = text.length): void {
    let i = from;
    while (i < to) {
      let node = rootChild[text.charCodeAt(i)]!;
      if (node === NO_NODE) {
        i++;
        continue;
      }
      if (passAlone[node] === 0) {
        const h = i + 1 < to ? pairHash(node, text.charCodeAt(i + 1)) : -1;
        if (h < 0 || (pairBits[h >>> 5]! & (1 << (h & 31))) === 0) {
          i++;
          continue;
        }
      }
      let bestEnd = -1;
      let bestTerm = -1;
      let j = i + 1;
      for (;;) {
        const list = outputs[node];
        if (list) {
          const hit = accepted(list, text, i, j, to, from);
          if (hit) {
            bestEnd = j;
            bestTerm = hit.termIndex;
          }
        }
        if (j >= to) break;
        node = child(node, keyCode(text.charCodeAt(j)));
        if (node === NO_NODE) break;
        j++;
      }
      if (bestEnd > 0) {
        onMatch(i, bestEnd, bestTerm);
        i = bestEnd;
      } else {
        i++;
      }
    }
  }

  return {
    scan,
    matchAll(text) {
      const out: Match[] = [];
      scan(text, (start, end, termIndex) => out.push({ start, end, termIndex }));
      return out;
    },
    nodeCount: capacity,
  };
}

function keyOfFoldOnly(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; i++) out += String.fromCharCode(foldCharCode(form.charCodeAt(i)));
  return out;
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
function sameFolded(text: string, start: number, folded: string): boolean {
  for (let k = 0; k < folded.length; k++) {
    if (foldCharCode(text.charCodeAt(start + k)) !== folded.charCodeAt(k)) return false;
  }
  return true;
}

/** Does `text` at `start` equal `key` after folding and lower-casing? */
function sameKey(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    if (keyCode(text.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
  }
  return true;
}
