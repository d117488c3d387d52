/**
 * A compiled matcher as data: built once in the background and sent to each frame, which checks
 * it and wraps it (compiling in every frame was most of a frame's start). In a message its arrays
 * are base64 text of their bytes (packed-ints.ts): Chrome passes extension messages through JSON,
 * and a string is far cheaper to carry and parse there than an array of numbers.
 */
import { packInts, unpackInts } from './packed-ints';

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
}

export interface MatcherLayout<Numbers = Int32Array> {
  nodeCount: number;
  /** Children of node n are slots childStart[n] .. childStart[n + 1] - 1, sorted by character. */
  childStart: Numbers;
  childNode: Numbers;
  childChar: Numbers;
  /** [page character, first node] pairs, one per raw character that can start a term. */
  rootPairs: Numbers;
  /** The second-character filter: 2^pairBitsLog2 bits, kept as [word index, word] pairs of its non-zero words. */
  pairBitsLog2: number;
  pairWords: Numbers;
  /** Per node: a term index, NO_OUTPUT, or ASK_RULES (see `rules`). */
  acceptAs: Numbers;
  /** The outputs of each ASK_RULES node. */
  rules: [node: number, outputs: RuleOutput[]][];
  /** Words that say a text is about technology, for `sense` outputs (sense-cues.ts). */
  cues: string[];
}

/** The layout as a message carries it: each number array packed into one base64 string. */
export type LayoutMessage = MatcherLayout<string>;

/** acceptAs values besides a term index. */
export const NO_OUTPUT = -1;
export const ASK_RULES = -2;
export const PAIR_BITS_LOG2_MIN = 18;
export const PAIR_BITS_LOG2_MAX = 21;

/** The layout with every typed array packed into a string: what goes into a message. */
export function layoutForMessage(layout: MatcherLayout): LayoutMessage {
  return {
    ...layout,
    childStart: packInts(layout.childStart),
    childNode: packInts(layout.childNode),
    childChar: packInts(layout.childChar),
    rootPairs: packInts(layout.rootPairs),
    pairWords: packInts(layout.pairWords),
    acceptAs: packInts(layout.acceptAs),
  };
}

const MAX_NODES = 1 << 24;

/** Reads one of a message's number arrays as an Int32Array of `length` (if given) numbers, or undefined. */
export type IntsReader = (value: unknown, length?: number) => Int32Array | undefined;

/** A packed array of `length` (if given) numbers as an Int32Array: decoded natively, no loop in script. */
function int32s(value: unknown, length?: number): Int32Array | undefined {
  const ints = unpackInts(value);
  return ints && (length === undefined || ints.length === length) ? ints : undefined;
}

function isRuleOutput(value: unknown, termCount: number): value is RuleOutput {
  const o = value as RuleOutput;
  return (
    typeof o === 'object' && o !== null &&
    typeof o.folded === 'string' && o.folded.length > 0 &&
    Number.isInteger(o.termIndex) && o.termIndex >= 0 && o.termIndex < termCount &&
    typeof o.caseSensitive === 'boolean' &&
    Number.isInteger(o.startMask) && Number.isInteger(o.endMask) &&
    isContextList(o.exclusions) && isContextList(o.keeps) &&
    (o.sense === undefined || o.sense === true)
  );
}

function isContextList(list: unknown): boolean {
  return list === undefined ||
    (Array.isArray(list) && list.every((x) => typeof x?.context === 'string' && Number.isInteger(x.at) && x.at >= 0 && x.at < x.context.length));
}

/**
 * Checks a layout from a message and unpacks its arrays into typed arrays (the scan's). What is checked is what
 * the scan needs to stay sound: the arrays and their lengths, every term index a match can carry,
 * and rules for every node that asks for them. A node or character out of range needs no check:
 * reading a typed array out of range gives undefined, which the scan takes as "no node" (the
 * fast-check test in matcher-layout.test.ts changes numbers at random to hold it to that).
 * Returns the layout, or undefined. `ints` reads the arrays (the bench passes the JSON-number one it
 * compares against).
 */
export function parseLayout(value: unknown, termCount: number, ints: IntsReader = int32s): MatcherLayout | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const l = value as Record<keyof LayoutMessage, unknown>;
  const n = l.nodeCount;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_NODES) return undefined;
  const pairBitsLog2 = l.pairBitsLog2;
  if (typeof pairBitsLog2 !== 'number' || !Number.isInteger(pairBitsLog2) || pairBitsLog2 < PAIR_BITS_LOG2_MIN || pairBitsLog2 > PAIR_BITS_LOG2_MAX) return undefined;
  const childStart = ints(l.childStart, n + 1);
  const childNode = ints(l.childNode, n - 1);
  const childChar = ints(l.childChar, n - 1);
  const acceptAs = ints(l.acceptAs, n);
  const rootPairs = ints(l.rootPairs);
  const pairWords = ints(l.pairWords);
  if (!childStart || !childNode || !childChar || !acceptAs || !rootPairs || !pairWords) return undefined;
  if (rootPairs.length % 2 !== 0 || pairWords.length % 2 !== 0) return undefined;
  let asking = 0;
  for (let node = 0; node < n; node++) {
    const accepts = acceptAs[node]!;
    if (accepts < ASK_RULES || accepts >= termCount) return undefined;
    if (accepts === ASK_RULES) asking++;
  }
  const rules = l.rules;
  if (!Array.isArray(rules) || rules.length !== asking) return undefined;
  const seen = new Set<number>();
  for (const rule of rules) {
    if (!Array.isArray(rule) || rule.length !== 2) return undefined;
    const [node, outputs] = rule as [unknown, unknown];
    if (typeof node !== 'number' || acceptAs[node] !== ASK_RULES || seen.has(node)) return undefined;
    seen.add(node);
    if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every((o) => isRuleOutput(o, termCount))) return undefined;
  }
  const cues = l.cues;
  if (!Array.isArray(cues) || !cues.every((c) => typeof c === 'string' && c.length > 0)) return undefined;
  return { nodeCount: n, childStart, childNode, childChar, rootPairs, pairBitsLog2, pairWords, acceptAs, rules: rules as MatcherLayout['rules'], cues };
}
