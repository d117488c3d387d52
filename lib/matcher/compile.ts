/**
 * Compiles the glossary's forms into a matcher layout (layout.ts): a trie over folded,
 * ASCII-lower-cased forms, a first-character table, a second-character filter, and what each node
 * accepts — the Latin boundary, case and exclusion rules settled at build wherever the page's text
 * is not needed. Build is a sort plus linear passes (a 100,000-term glossary compiles in well under
 * 150 ms). The background builds it once; frames only wrap it (matcher.ts).
 */
import { edgeMask, foldCharCode, foldText, LATIN_LETTER, latinClass, NOT_LATIN } from '../text/fold';
import { changedByKey, keyOf, keyTable, rawCodesByKey } from './keys';
import { ASK_RULES, NO_OUTPUT, PAIR_BITS_LOG2_MAX, PAIR_BITS_LOG2_MIN, type MatcherLayout, type RuleOutput } from './layout';
import { matcherOf, pairHash, type Matcher } from './matcher';
import { SENSE_CUES } from './sense-cues';

export type { Match, Matcher } from './matcher';

export interface MatcherEntry {
  form: string;
  termIndex: number;
  caseSensitive: boolean;
  /** Strings containing `form` in which it is NOT this term. */
  exclude?: readonly string[];
  /** Longer strings in which `form` IS this term even inside an `exclude` string. */
  keep?: readonly string[];
  /** An everyday word too: marked only where the text around it is about technology. */
  sense?: boolean;
  /** With `sense`: words that, near the form on a technology page, say it is meant in its technology sense. */
  collocations?: readonly string[];
  /** With `sense`: words that make a compound with the form (推理芯片, 模型参数): evidence on their own. */
  compounds?: readonly string[];
  /** With `sense`: words that, near the form, are evidence on any page (寒武纪 + 股价). */
  strong?: readonly string[];
  /** With `sense`: words of its everyday sense (神经网络 + 神经元) that outweigh cues and terms nearby. */
  against?: readonly string[];
  /** A model family's Latin name: a version after it (Qwen3, GLM-4.5) is part of the match. */
  versions?: boolean;
  /** Digits may touch a letter edge (320TFLOPS) and letters a digit edge. */
  digitsMayTouch?: boolean;
}

const NO_NODE = -1;

/**
 * The second-character filter's size: at least 256 Kbit (32 KB, next to nothing passes for the
 * real glossary), growing to this many bits per (first node, second character) pair for big
 * glossaries (about 1 in 16 unseen page pairs passes), up to 2 Mbit (256 KB, a 100,000-term one).
 */
const PAIR_BITS_PER_PAIR = 16;

/** Builds the layout and wraps it: for surfaces that match in the same place they compile (the sidebar, tests). */
export function compileMatcher(entries: readonly MatcherEntry[], cues: readonly string[] = SENSE_CUES): Matcher {
  return matcherOf(buildLayout(entries, cues));
}

export function buildLayout(entries: readonly MatcherEntry[], cues: readonly string[] = SENSE_CUES): MatcherLayout {
  const key = keyTable();
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
  const outputs: (RuleOutput[] | undefined)[] = new Array(capacity);
  // Each distinct collocation list once: a term's forms (both scripts) share theirs.
  const collocations: string[][] = [];
  const listIndex = new Map<string, number>();
  const nearOf = (words: readonly string[] | undefined) => {
    if (!words || words.length === 0) return undefined;
    const id = words.join('\n');
    let index = listIndex.get(id);
    if (index === undefined) {
      index = collocations.push([...words]) - 1;
      listIndex.set(id, index);
    }
    return index;
  };
  let nodeCount = 1; // node 0 is the root
  for (const entry of entries) {
    const form = entry.form;
    if (form.length === 0) continue;
    let node = 0;
    for (let d = 0; d < form.length; d++) {
      const raw = form.charCodeAt(d);
      const c = key[raw] || raw;
      let h = pairHash(node, c, 32 - bits);
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
    const output: RuleOutput = {
      folded,
      termIndex: entry.termIndex,
      // Case can only tell apart forms with ASCII letters (the key lower-cases nothing else): a
      // Chinese form marked case-sensitive needs no check on the page's text.
      caseSensitive: entry.caseSensitive && hasAsciiLetter(folded),
      startMask: edgeMask(folded.charCodeAt(0), 'start', entry.digitsMayTouch),
      endMask: edgeMask(folded.charCodeAt(folded.length - 1), 'end', entry.digitsMayTouch),
      exclusions: undefined,
      keeps: undefined,
      sense: entry.sense ? true : undefined,
      near: entry.sense ? nearOf(entry.collocations) : undefined,
      compounds: entry.sense ? nearOf(entry.compounds) : undefined,
      strong: entry.sense ? nearOf(entry.strong) : undefined,
      against: entry.sense ? nearOf(entry.against) : undefined,
      versions: entry.versions && latinClass(folded.charCodeAt(folded.length - 1)) !== NOT_LATIN ? true : undefined,
    };
    output.exclusions = exclusionsOf(folded, entry.exclude);
    // Kept contexts only matter where an exclusion could apply.
    if (output.exclusions) output.keeps = exclusionsOf(folded, entry.keep);
    const list = outputs[node];
    if (list) list.push(output);
    else outputs[node] = [output];
  }
  const n = nodeCount;
  const { childStart, childChar, newOf, oldOf } = breadthFirst(edgeParent, edgeChar, n);
  // The first-character filter: root's children indexed directly by character code.
  // Indexed by the page's raw character (folding and case already applied), so that the scan's
  // hot loop is one array read per character.
  const rootPairs: number[] = [];
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) rootPairs.push(childChar[slot]!, slot + 1);
  for (const code of changedByKey()) {
    const first = byKey[key[code]!]!;
    if (first !== NO_NODE && key[code] !== code) rootPairs.push(code, newOf[first]!);
  }

  // The second-character filter: a bit per (first node, raw second character), hashed. A page's
  // common characters (大, 数, 人…) start some term, but are rarely followed by its second character;
  // this turns most of those first-character hits into two array reads. First nodes that are a
  // term by themselves always pass.
  const rawOf = rawCodesByKey();
  let secondNodes = 0;
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) secondNodes += childStart[slot + 2]! - childStart[slot + 1]!;
  const pairBitsLog2 = Math.min(PAIR_BITS_LOG2_MAX, Math.max(PAIR_BITS_LOG2_MIN, Math.ceil(Math.log2(secondNodes * PAIR_BITS_PER_PAIR + 1))));
  const pairShift = 32 - pairBitsLog2;
  const pairBits = new Int32Array(1 << (pairBitsLog2 - 5));
  for (let slot = childStart[0]!; slot < childStart[1]!; slot++) {
    const first = slot + 1;
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
  const acceptAs = new Int32Array(n).fill(NO_OUTPUT);
  const rules: MatcherLayout['rules'] = [];
  for (let node = 0; node < n; node++) {
    const list = outputs[oldOf[node]!];
    if (!list) continue;
    const only = list[0]!;
    // A form with a Latin letter asks too: it is not marked inside code.
    const ruleFree = list.length === 1 && only.startMask === 0 && only.endMask === 0 && !hasAsciiLetter(only.folded) && !only.exclusions && !only.sense;
    acceptAs[node] = ruleFree ? only.termIndex : ASK_RULES;
    if (!ruleFree) rules.push([node, list]);
  }
  // A cue that is itself an everyday form (深度学习 in pedagogy) is no evidence for its neighbours.
  const everyday = new Set(entries.filter((e) => e.sense).map((e) => keyOf(e.form)));
  const strongCues = cues.filter((c) => !everyday.has(keyOf(c)));
  return { nodeCount: n, childStart, childChar, rootPairs: new Int32Array(rootPairs), pairBitsLog2, pairBits, acceptAs, rules, cues: strongCues, collocations };
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

/**
 * The trie's nodes renumbered breadth-first, each parent's children in character order: the
 * children of node v are then nodes childStart[v] + 1 .. childStart[v + 1] (slot s holds node
 * s + 1), so the layout needs no child numbers. `edgeParent` / `edgeChar` are by insertion number.
 */
function breadthFirst(edgeParent: Int32Array, edgeChar: Uint16Array, n: number) {
  // Each parent's children, contiguous (a counting sort by parent), then sorted by character.
  const start = new Int32Array(n + 1);
  for (let node = 1; node < n; node++) start[edgeParent[node]! + 1]!++;
  for (let node = 0; node < n; node++) start[node + 1]! += start[node]!;
  const kids = new Int32Array(Math.max(n - 1, 0));
  const fill = start.slice(0, n);
  for (let node = 1; node < n; node++) kids[fill[edgeParent[node]!]!++] = node;
  for (let node = 0; node < n; node++) sortByChar(kids, edgeChar, start[node]!, start[node + 1]!);
  // Numbered in the order a queue from the root meets them.
  const newOf = new Int32Array(n);
  const oldOf = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  const childChar = new Uint16Array(Math.max(n - 1, 0));
  let next = 1;
  for (let v = 0; v < n; v++) {
    const old = oldOf[v]!;
    childStart[v] = next - 1;
    for (let k = start[old]!; k < start[old + 1]!; k++) {
      const kid = kids[k]!;
      newOf[kid] = next;
      oldOf[next] = kid;
      childChar[next - 1] = edgeChar[kid]!;
      next++;
    }
  }
  childStart[n] = next - 1;
  return { childStart, childChar, newOf, oldOf };
}

/** Sorts one parent's children [from, to) by character: insertion sort (most nodes have one or two). */
function sortByChar(kids: Int32Array, chars: Uint16Array, from: number, to: number): void {
  if (to - from > 64) {
    kids.set(Array.from(kids.subarray(from, to)).sort((a, b) => chars[a]! - chars[b]!), from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const kid = kids[i]!;
    const c = chars[kid]!;
    let j = i - 1;
    while (j >= from && chars[kids[j]!]! > c) {
      kids[j + 1] = kids[j]!;
      j--;
    }
    kids[j + 1] = kid;
  }
}

function exclusionsOf(folded: string, exclude: readonly string[] | undefined): RuleOutput['exclusions'] {
  if (!exclude || exclude.length === 0) return undefined;
  const key = keyOf(folded);
  const out: { context: string; at: number }[] = [];
  for (const raw of exclude) {
    const context = keyOf(raw);
    for (let at = context.indexOf(key); at >= 0; at = context.indexOf(key, at + 1)) out.push({ context, at });
  }
  return out.length > 0 ? out : undefined;
}
