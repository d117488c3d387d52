/**
 * A compiled matcher as data: built once in the background and sent to each frame, which checks
 * it and wraps it (compiling in every frame was most of a frame's start). Nodes are numbered in
 * breadth-first order, children sorted by character, so a node's children are the nodes right
 * after its slot range and no child numbers are stored. In a message the trie is a few base64
 * strings (Chrome passes extension messages through JSON, where a string is far cheaper to carry
 * and parse than an array of numbers): the shape as varints (layout-shape.ts), the characters in
 * 16 bits, the filters as they are scanned.
 */
import { decodeShape, encodeShape } from './layout-shape';
import { packBytes, unpackBytes, unpackInts, unpackUint16s } from './packed-ints';
import { encodeRuleRecords, ruleRecords, type RuleRecords } from './rule-records';

export { ASK_RULES, NO_OUTPUT } from './layout-shape';

/** What a trie node accepts when a rule needs the page's text: one or more entries ending there. */
export interface RuleOutput {
  /** Folded (not lower-cased) form, for case-sensitive comparison. */
  folded: string;
  termIndex: number;
  caseSensitive: boolean;
  /** Neighbour classes that may not touch the form's start / end (`edgeMask` in lib/text/fold.ts). */
  startMask: number;
  endMask: number;
  exclusions?: { context: string; at: number }[];
  /** Longer contexts in which the form stands even where an exclusion covers it (智能体系统). */
  keeps?: { context: string; at: number }[];
  /** An everyday word too: marked only with a technology context around it (matcher.ts). */
  sense?: true;
  /** With `sense`: the index of its collocations in `MatcherLayout.collocations`. */
  near?: number;
  /** With `sense`: the index of the words that make a compound with it (推理芯片) in `MatcherLayout.collocations`. */
  compounds?: number;
  /** With `sense`: the index of words that, near it, are evidence on any page (寒武纪 + 股价). */
  strong?: number;
  /** With `sense`: the index of words of its everyday sense (神经网络 + 神经元) that outweigh cues and terms nearby. */
  against?: number;
  /** A model family's Latin name: a version after it (Qwen3, GLM-4.5, Llama 4) is part of the match. */
  versions?: true;
}

export interface MatcherLayout {
  nodeCount: number;
  /**
   * Children of node n are in slots childStart[n] .. childStart[n + 1] - 1, sorted by character;
   * slot s holds node s + 1 (breadth-first numbering), its character in childChar[s].
   */
  childStart: Int32Array;
  childChar: Uint16Array;
  /** [page character, first node] pairs, one per raw character that can start a term. */
  rootPairs: Int32Array;
  /** The second-character filter: 2^pairBitsLog2 bits, as 32-bit words. */
  pairBitsLog2: number;
  pairBits: Int32Array;
  /** Per node: a term index, NO_OUTPUT, or ASK_RULES (see `rules`). */
  acceptAs: Int32Array;
  /**
   * The outputs of each ASK_RULES node: listed in a layout built in place; in a frame, records
   * (rule-records.ts) read, and checked, only when the scan reaches that node: most of a large
   * glossary's layout is the exclusion and kept contexts of forms a page never holds.
   */
  rules: [node: number, outputs: RuleOutput[]][] | ReceivedRules;
  /** Words that say a text is about technology, for `sense` outputs (sense-cues.ts). */
  cues: string[];
  /** Word lists of everyday forms (推理: 成本, 速度…), each list once, by `RuleOutput.near`, `compounds`, `strong` and `against`. */
  collocations: string[][];
}

/** Rule outputs as a frame receives them. */
export interface ReceivedRules {
  /** The ASK_RULES nodes, ascending: node `asking[k]`'s outputs are record k. */
  asking: Int32Array;
  records: RuleRecords;
  /** Whether a node's decoded outputs are sound (term indexes, lists, flags). */
  check: (outputs: unknown) => outputs is RuleOutput[];
}

const NO_OUTPUTS: RuleOutput[] = [];

/**
 * A function giving a node's outputs, each node's read once. A received list that fails the
 * check is no output: that node marks nothing, the rest of the page does.
 */
export function ruleOutputsOf(rules: MatcherLayout['rules']): (node: number) => RuleOutput[] {
  const lists = new Map<number, RuleOutput[]>(Array.isArray(rules) ? rules : []);
  if (Array.isArray(rules)) return (node) => lists.get(node) ?? NO_OUTPUTS;
  const { asking, records, check } = rules;
  return (node) => {
    let list = lists.get(node);
    if (list) return list;
    const outputs = records.outputsAt(rankOf(asking, node));
    list = check(outputs) ? outputs : NO_OUTPUTS;
    lists.set(node, list);
    return list;
  };
}

/** The index of `node` in the ascending `nodes`, or -1. */
function rankOf(nodes: Int32Array, node: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = nodes[mid]!;
    if (v === node) return mid;
    if (v < node) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The layout as a message carries it. */
export interface LayoutMessage {
  nodeCount: number;
  /** `childStart` and `acceptAs` as varints (layout-shape.ts), base64. */
  shape: string;
  /** base64 of the 16-bit characters, the 32-bit pairs and filter words. */
  childChar: string;
  rootPairs: string;
  pairBitsLog2: number;
  pairBits: string;
  /** The ASK_RULES nodes' outputs as records, in node order (rule-records.ts): a frame reads a node's only when its scan reaches it. */
  rules: string;
  cues: string[];
  collocations: string[][];
}

export const PAIR_BITS_LOG2_MIN = 18;
export const PAIR_BITS_LOG2_MAX = 21;

/** The layout packed into strings: what goes into a message. */
export function layoutForMessage(layout: MatcherLayout): LayoutMessage {
  return {
    nodeCount: layout.nodeCount,
    shape: packBytes(encodeShape(layout.childStart, layout.acceptAs)),
    childChar: packBytes(layout.childChar),
    rootPairs: packBytes(layout.rootPairs),
    pairBitsLog2: layout.pairBitsLog2,
    pairBits: packBytes(layout.pairBits),
    // A layout received from a message is never sent on: its rules would arrive empty and be refused.
    rules: Array.isArray(layout.rules) ? encodeRuleRecords(layout.rules) : '',
    cues: layout.cues,
    collocations: layout.collocations,
  };
}

const MAX_NODES = 1 << 24;

function isRuleOutput(value: unknown, termCount: number, listCount: number): value is RuleOutput {
  const o = value as RuleOutput;
  return (
    typeof o === 'object' && o !== null &&
    typeof o.folded === 'string' && o.folded.length > 0 &&
    Number.isInteger(o.termIndex) && o.termIndex >= 0 && o.termIndex < termCount &&
    typeof o.caseSensitive === 'boolean' &&
    Number.isInteger(o.startMask) && Number.isInteger(o.endMask) &&
    isContextList(o.exclusions) && isContextList(o.keeps) &&
    (o.sense === undefined || o.sense === true) &&
    [o.near, o.compounds, o.strong, o.against].every((i) => i === undefined || (Number.isInteger(i) && i >= 0 && i < listCount)) &&
    (o.versions === undefined || o.versions === true)
  );
}

function isContextList(list: unknown): boolean {
  return list === undefined ||
    (Array.isArray(list) && list.every((x) => typeof x?.context === 'string' && Number.isInteger(x.at) && x.at >= 0 && x.at < x.context.length));
}

/**
 * Checks a layout from a message and unpacks it into the typed arrays the scan reads. What is
 * checked is what the scan needs to stay sound: a shape a build could give (a tree whose slots
 * add up, layout-shape.ts), array lengths, every term index a match can carry, and rules for
 * every node that asks for them. A first node out of range in `rootPairs` needs no check: reading
 * a typed array out of range gives undefined, which the scan takes as "no node" (the fast-check
 * tests in matcher-layout.test.ts change bytes at random to hold it to that).
 * Returns the layout, or undefined.
 */
export function parseLayout(value: unknown, termCount: number): MatcherLayout | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const l = value as Record<keyof LayoutMessage, unknown>;
  const n = l.nodeCount;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_NODES) return undefined;
  const pairBitsLog2 = l.pairBitsLog2;
  if (typeof pairBitsLog2 !== 'number' || !Number.isInteger(pairBitsLog2) || pairBitsLog2 < PAIR_BITS_LOG2_MIN || pairBitsLog2 > PAIR_BITS_LOG2_MAX) return undefined;
  const childChar = unpackUint16s(l.childChar);
  const rootPairs = unpackInts(l.rootPairs);
  const pairBits = unpackInts(l.pairBits);
  const shapeBytes = unpackBytes(l.shape);
  if (!childChar || childChar.length !== n - 1 || !rootPairs || rootPairs.length % 2 !== 0) return undefined;
  if (!pairBits || pairBits.length !== 1 << (pairBitsLog2 - 5) || !shapeBytes) return undefined;
  const shape = decodeShape(shapeBytes, n, termCount);
  if (!shape) return undefined;
  const { childStart, acceptAs } = shape;
  const records = ruleRecords(l.rules, shape.asking.length);
  if (!records) return undefined;
  const collocations = l.collocations;
  const isWordList = (list: unknown) => Array.isArray(list) && list.every((c) => typeof c === 'string' && c.length > 0);
  if (!Array.isArray(collocations) || !collocations.every(isWordList)) return undefined;
  const listCount = collocations.length;
  const check = (outputs: unknown): outputs is RuleOutput[] =>
    Array.isArray(outputs) && outputs.length > 0 && outputs.every((o) => isRuleOutput(o, termCount, listCount));
  const cues = l.cues;
  if (!isWordList(cues)) return undefined;
  return {
    nodeCount: n, childStart, childChar, rootPairs, pairBitsLog2, pairBits, acceptAs,
    rules: { asking: shape.asking, records, check }, cues: cues as string[], collocations: collocations as string[][],
  };
}
