/**
 * The trie's shape and what each node accepts, as bytes for the layout's message: per node in
 * breadth-first order one unsigned LEB128 varint, `(acceptAs + 2) * 4 + min(children, 3)`, and
 * for a node of three or more children a second one, `children - 3`. A node with no term and at
 * most two children (most of them) is one byte, a term's node three. Since children are numbered
 * in breadth-first order, their node numbers need not travel at all (layout.ts), and `childStart`
 * is the running sum of the counts.
 */

/** acceptAs values besides a term index. */
export const NO_OUTPUT = -1;
export const ASK_RULES = -2;

/** The shape of a layout's `childStart` and `acceptAs`, as bytes. */
export function encodeShape(childStart: Int32Array, acceptAs: Int32Array): Uint8Array {
  const n = acceptAs.length;
  const bytes = new Uint8Array(n * 10);
  let at = 0;
  const write = (value: number) => {
    while (value > 0x7f) {
      bytes[at++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    bytes[at++] = value;
  };
  for (let node = 0; node < n; node++) {
    const count = childStart[node + 1]! - childStart[node]!;
    write((acceptAs[node]! - ASK_RULES) * 4 + Math.min(count, 3));
    if (count >= 3) write(count - 3);
  }
  return bytes.slice(0, at);
}

/** What `decodeShape` reads back, with the nodes that ask for rules (ascending). */
export interface Shape {
  childStart: Int32Array;
  acceptAs: Int32Array;
  asking: Int32Array;
}

/** Longest varint read: 4 bytes, 28 bits (a term index up to 2^26, a count up to 2^28; MAX_NODES is 2^24). */
const MAX_SHIFT = 21;

/**
 * The shape of `n` nodes from bytes, or undefined unless it is one a build could give: the counts
 * add up to n - 1 children, every node's children are numbered after it (so the trie is a tree),
 * every accept value is a term index below `termCount`, ASK_RULES or NO_OUTPUT, and no byte is
 * left over. Never throws. One pass, one byte for most nodes: it runs in every frame, cold.
 */
export function decodeShape(bytes: Uint8Array, n: number, termCount: number): Shape | undefined {
  const childStart = new Int32Array(n + 1);
  const acceptAs = new Int32Array(n);
  const end = bytes.length;
  let at = 0;
  let slot = 0;
  const asking: number[] = [];
  for (let node = 0; node < n; node++) {
    // The breadth-first numbering: node's first child is node slot + 1, after node itself.
    if (slot < node && node > 0) return undefined;
    childStart[node] = slot;
    if (at >= end) return undefined;
    let head = bytes[at++]!;
    if (head > 0x7f) {
      head &= 0x7f;
      for (let shift = 7; ; shift += 7) {
        if (at >= end || shift > MAX_SHIFT) return undefined;
        const b = bytes[at++]!;
        head |= (b & 0x7f) << shift;
        if (b < 0x80) break;
      }
    }
    let count = head & 3;
    if (count === 3) {
      let more = 0;
      for (let shift = 0; ; shift += 7) {
        if (at >= end || shift > MAX_SHIFT) return undefined;
        const b = bytes[at++]!;
        more |= (b & 0x7f) << shift;
        if (b < 0x80) break;
      }
      count += more;
    }
    slot += count;
    if (slot > n - 1) return undefined;
    const accepts = (head >>> 2) + ASK_RULES;
    if (accepts >= termCount) return undefined;
    if (accepts === ASK_RULES) asking.push(node);
    acceptAs[node] = accepts;
  }
  if (slot !== n - 1 || at !== end) return undefined;
  childStart[n] = slot;
  return { childStart, acceptAs, asking: Int32Array.from(asking) };
}
