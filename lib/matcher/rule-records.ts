/**
 * The rule outputs of a layout's ASK_RULES nodes as one string for the page matcher's message: a
 * record per node, in node order, each read only when a scan first reaches its node. Most of a
 * large glossary's layout is the exclusion and kept contexts of forms a page never holds (80,000 of
 * them for 1,757 terms); as JSON objects they were 3.2 MB of text every frame parsed, here a
 * context is its offset, the text after the form and the text before it, the form itself left out.
 *
 * Numbers are written as characters, 14 bits each (a last digit U+0100 + d, a leading one U+4100 + d),
 * so that nothing in the string needs escaping in JSON (no quotes, backslashes or control characters,
 * no surrogates) and the whole string parses at copying speed. A string is its length, then its
 * characters. Fields a build adds that this file does not know (a new sense field) travel as JSON
 * text at the end of their output, so that the encoding never loses one.
 */
import { keyOf } from './keys';

type Context = { context: string; at: number };

/** A rule output (layout.ts's RuleOutput) as far as its encoding knows it; any other field travels as JSON. */
interface RuleOutput {
  folded: string;
  termIndex: number;
  caseSensitive: boolean;
  startMask: number;
  endMask: number;
  exclusions?: Context[];
  keeps?: Context[];
  sense?: true;
  near?: number;
  compounds?: number;
  versions?: true;
}

const LAST_DIGIT = 0x100;
const MORE_DIGIT = 0x4100;
const DIGIT_BITS = 14;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
/** Digits in one number: 3 × 14 bits cover any index or length a layout can hold. */
const MAX_DIGITS = 3;

const CASE_SENSITIVE = 1;
const SENSE = 2;
const VERSIONS = 4;
const NEAR = 8;
const COMPOUNDS = 16;
const EXCLUSIONS = 32;
const KEEPS = 64;
const EXTRA = 128;

/** Fields written by name; any other field of an output travels as JSON text. */
const KNOWN_FIELDS = new Set(['folded', 'termIndex', 'caseSensitive', 'startMask', 'endMask', 'exclusions', 'keeps', 'sense', 'near', 'compounds', 'versions']);

class Writer {
  parts: string[] = [];
  number(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n >= 2 ** (DIGIT_BITS * MAX_DIGITS)) throw new RangeError(`rule records: ${n} is not a count`);
    const digits: number[] = [LAST_DIGIT + (n & DIGIT_MASK)];
    for (n = Math.floor(n / (DIGIT_MASK + 1)); n > 0; n = Math.floor(n / (DIGIT_MASK + 1))) digits.unshift(MORE_DIGIT + (n & DIGIT_MASK));
    this.parts.push(String.fromCharCode(...digits));
  }
  text(s: string): void {
    this.number(s.length);
    this.parts.push(s);
  }
}

function writeContexts(w: Writer, key: string, list: readonly Context[]): void {
  w.number(list.length);
  for (const { context, at } of list) {
    // Nearly every context holds the form's key at `at` (compile.ts finds it there): only the text around it is written.
    const keyed = context.startsWith(key, at);
    w.number(at * 2 + (keyed ? 0 : 1));
    if (keyed) {
      w.parts.push(context.slice(0, at));
      w.text(context.slice(at + key.length));
    } else {
      w.text(context);
    }
  }
}

function writeOutput(w: Writer, out: RuleOutput): void {
  const extra: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(out)) if (!KNOWN_FIELDS.has(field) && value !== undefined) extra[field] = value;
  const hasExtra = Object.keys(extra).length > 0;
  const flags =
    (out.caseSensitive ? CASE_SENSITIVE : 0) | (out.sense ? SENSE : 0) | (out.versions ? VERSIONS : 0) |
    (out.near !== undefined ? NEAR : 0) | (out.compounds !== undefined ? COMPOUNDS : 0) |
    (out.exclusions ? EXCLUSIONS : 0) | (out.keeps ? KEEPS : 0) | (hasExtra ? EXTRA : 0);
  w.number(flags);
  w.text(out.folded);
  w.number(out.termIndex);
  w.number(out.startMask);
  w.number(out.endMask);
  if (out.near !== undefined) w.number(out.near);
  if (out.compounds !== undefined) w.number(out.compounds);
  const key = keyOf(out.folded);
  if (out.exclusions) writeContexts(w, key, out.exclusions);
  if (out.keeps) writeContexts(w, key, out.keeps);
  if (hasExtra) w.text(JSON.stringify(extra));
}

/** Each rule node's outputs as records, in the order given (ascending node, as the shape lists them). */
export function encodeRuleRecords(rules: readonly (readonly [node: number, outputs: readonly RuleOutput[]])[]): string {
  const all: string[] = [];
  for (const [, outputs] of rules) {
    const w = new Writer();
    w.number(outputs.length);
    for (const out of outputs) writeOutput(w, out);
    const body = w.parts.join('');
    const head = new Writer();
    head.number(body.length);
    all.push(head.parts.join(''), body);
  }
  return all.join('');
}

/** Thrown inside a reader only: a record cut short or holding what a writer never writes. */
class Malformed extends Error {}

class Reader {
  constructor(
    private readonly s: string,
    public at: number,
    private readonly end: number,
  ) {}
  number(): number {
    let n = 0;
    for (let digits = 0; digits < MAX_DIGITS; digits++) {
      if (this.at >= this.end) throw new Malformed();
      const c = this.s.charCodeAt(this.at++);
      if (c >= LAST_DIGIT && c <= LAST_DIGIT + DIGIT_MASK) return n * (DIGIT_MASK + 1) + (c - LAST_DIGIT);
      if (c < MORE_DIGIT || c > MORE_DIGIT + DIGIT_MASK) throw new Malformed();
      n = n * (DIGIT_MASK + 1) + (c - MORE_DIGIT);
    }
    throw new Malformed();
  }
  chars(length: number): string {
    if (this.at + length > this.end) throw new Malformed();
    const out = this.s.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }
  text(): string {
    return this.chars(this.number());
  }
}

function readContexts(r: Reader, key: string): Context[] {
  const count = r.number();
  const list: Context[] = [];
  for (let k = 0; k < count; k++) {
    const head = r.number();
    const at = head >>> 1;
    if ((head & 1) === 0) {
      const before = r.chars(at);
      list.push({ context: before + key + r.text(), at });
    } else {
      list.push({ context: r.text(), at });
    }
  }
  return list;
}

function readOutput(r: Reader): RuleOutput {
  const flags = r.number();
  const folded = r.text();
  const out: RuleOutput = { folded, termIndex: r.number(), caseSensitive: (flags & CASE_SENSITIVE) !== 0, startMask: r.number(), endMask: r.number() };
  if (flags & SENSE) out.sense = true;
  if (flags & VERSIONS) out.versions = true;
  if (flags & NEAR) out.near = r.number();
  if (flags & COMPOUNDS) out.compounds = r.number();
  const key = flags & (EXCLUSIONS | KEEPS) ? keyOf(folded) : '';
  if (flags & EXCLUSIONS) out.exclusions = readContexts(r, key);
  if (flags & KEEPS) out.keeps = readContexts(r, key);
  if (flags & EXTRA) {
    const extra: unknown = JSON.parse(r.text());
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new Malformed();
    for (const [field, value] of Object.entries(extra)) if (!KNOWN_FIELDS.has(field)) (out as unknown as Record<string, unknown>)[field] = value;
  }
  return out;
}

/** A node's outputs from its record: what a writer wrote, or undefined for anything else (never throws). */
function readRecord(s: string, from: number, end: number): unknown[] | undefined {
  try {
    const r = new Reader(s, from, end);
    const count = r.number();
    const outputs: unknown[] = [];
    for (let k = 0; k < count; k++) outputs.push(readOutput(r));
    return r.at === end ? outputs : undefined;
  } catch {
    return undefined;
  }
}

/** A layout's rule records, each read on first need. */
export interface RuleRecords {
  /** The outputs of the `rank`-th ASK_RULES node (in node order), or undefined where its record is malformed. Read anew at each call (the matcher keeps what it read). */
  outputsAt(rank: number): unknown[] | undefined;
}

/**
 * The records of `count` nodes in `text`: where each starts is found by one pass over the lengths
 * (no record read), which also checks that there are exactly `count` and nothing after them.
 * Undefined for anything else; never throws.
 */
export function ruleRecords(text: unknown, count: number): RuleRecords | undefined {
  if (typeof text !== 'string') return undefined;
  // Record k is text[bounds[2k], bounds[2k + 1]).
  const bounds = new Int32Array(count * 2);
  const r = new Reader(text, 0, text.length);
  try {
    for (let k = 0; k < count; k++) {
      const length = r.number();
      bounds[k * 2] = r.at;
      r.at += length;
      bounds[k * 2 + 1] = r.at;
      if (r.at > text.length) return undefined;
    }
  } catch {
    return undefined;
  }
  if (r.at !== text.length) return undefined;
  return {
    outputsAt: (rank) => (rank >= 0 && rank < count ? readRecord(text, bounds[rank * 2]!, bounds[rank * 2 + 1]!) : undefined),
  };
}

