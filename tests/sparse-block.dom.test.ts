/**
 * The sparse offset index of a huge flat block (sparse-block.ts): its marks' offsets and a node's
 * offset are exactly what the block's text says, whatever the children are (text, inline elements
 * with text inside, comments), including the last, partial span.
 */
import { describe, expect, it } from 'vitest';
import { createSparseBuild, markAt, offsetOf, sparseLength, spanChildren, windowOf } from '../lib/dom/sparse-block';
import { SPARSE_MARK_EVERY } from '../lib/limits';

/** A paragraph of `count` children: text, a <b> holding text, a comment, in turn. */
function flatBlock(count: number): HTMLElement {
  const p = document.createElement('p');
  for (let i = 0; i < count; i++) {
    if (i % 3 === 0) p.append(document.createTextNode(`文${i}，`));
    else if (i % 3 === 1) p.append(Object.assign(document.createElement('b'), { textContent: `粗${i}` }));
    else p.append(document.createComment(`注${i}`));
  }
  document.body.replaceChildren(p);
  return p;
}

/** The text of children [0, k). */
const textBefore = (p: Element, k: number) => [...p.childNodes].slice(0, k).map((n) => (n.nodeType === Node.COMMENT_NODE ? '' : n.textContent)).join('');

describe('sparse-block', () => {
  const count = 3 * SPARSE_MARK_EVERY + 41;

  it('marks every SPARSE_MARK_EVERY children at the exact offset of their text, built a span per unit of budget', () => {
    const p = flatBlock(count);
    const { block, step } = createSparseBuild(p);
    // One unit checks flatness, then one span per unit.
    const steps: string[] = [];
    for (let s = step(1); ; s = step(1)) {
      steps.push(s);
      if (s !== 'more') break;
    }
    expect(steps.at(-1)).toBe('done');
    expect(block.offsets).toEqual([0, 1, 2, 3].map((k) => textBefore(p, Math.min(count, k * SPARSE_MARK_EVERY)).length).concat(p.textContent!.length));
    expect(sparseLength(block)).toBe(p.textContent!.length);
  });

  it('spans children by their own points: the same text as by index, the last span to the block end', () => {
    const p = flatBlock(count);
    const { block } = createSparseBuild(p);
    const range = document.createRange();
    for (const [from, to] of [
      [0, SPARSE_MARK_EVERY],
      [SPARSE_MARK_EVERY, 2 * SPARSE_MARK_EVERY],
      [3 * SPARSE_MARK_EVERY, count],
    ] as const) {
      expect(spanChildren(range, block, from, to)).toBe(true);
      expect(range.toString()).toBe(textBefore(p, to).slice(textBefore(p, from).length));
    }
    expect(spanChildren(range, block, count + 5, count + 6)).toBe(false);
  });

  it("finds a node's offset and the window of nodes over a part of the text", () => {
    const p = flatBlock(count);
    const { block, step } = createSparseBuild(p);
    expect(step(Infinity)).toBe('done');
    for (const k of [0, 3, SPARSE_MARK_EVERY + 2, 2 * SPARSE_MARK_EVERY + 1, count - 2]) {
      const child = p.childNodes[k]!;
      const text = (child.nodeType === Node.TEXT_NODE ? child : child.firstChild) as Text;
      expect(offsetOf(block, text)).toBe(textBefore(p, k).length);
    }
    expect(offsetOf(block, document.createTextNode('别处'))).toBeUndefined();
    const from = textBefore(p, 2 * SPARSE_MARK_EVERY + 10).length;
    const run = windowOf(block, from, from + 20)!;
    expect(markAt(block, from)).toBe(2);
    // Every node at its offset in the block's text, and together they cover [from, from + 20].
    expect(run.nodes.map((n, i) => p.textContent!.slice(run.starts[i], run.starts[i]! + n.data.length))).toEqual(run.nodes.map((n) => n.data));
    expect(run.starts[0]).toBeLessThanOrEqual(from);
    expect(run.starts.at(-1)! + run.nodes.at(-1)!.data.length).toBeGreaterThanOrEqual(from + 20);
  });
});
