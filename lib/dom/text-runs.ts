/**
 * Collects a page's readable text as runs: consecutive text nodes of one block, joined, with the
 * offset where each node starts. Resumable, so the walk itself can be spread over time slices.
 * The walk follows firstChild / nextSibling by hand: a TreeWalker with a filter calls back into
 * script for every node, which costs more than the reading itself.
 */
import { BLOCK, classify, isInline, MAY_HOST_SHADOW, SKIP } from './skip';

/** A run's text and where it belongs: what the whole-page walk hands to the matcher. */
export interface RunText {
  /** The block element (or shadow root / document) the run's text belongs to. */
  container: Node;
  /**
   * Which of its container's runs this is (0, 1…, counting runs of whitespace too). The same in a
   * whole-page walk and in a walk of the container alone, so a run can be found again by
   * (container, index) without keeping its nodes.
   */
  index: number;
  /** The joined text. */
  text: string;
}

/** A run with its text nodes: read again for the few runs that are painted or pointed at. */
export interface TextRun extends RunText {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** The nearest ancestor that is not an inline element. */
export function blockContainerOf(node: Node): Node {
  let parent = node.parentNode;
  while (parent && parent.nodeType === Node.ELEMENT_NODE && isInline(parent as Element)) parent = parent.parentNode;
  return parent ?? node;
}

/** Whitespace only (the indentation between tags): such runs hold no term. A loop, not a RegExp: cheaper per call. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c && c !== 0xa0 && c !== 0x3000) return false;
  }
  return true;
}

/** One tree being walked: the document (or a subtree) or an open shadow root inside it. */
interface Walk {
  root: Node;
  /** The last node visited; `root` before the first step. */
  node: Node;
  /** Block ancestors entered and not yet left; the last is the container of text met now. */
  blocks: Node[];
  /** For each of `blocks`, how many runs it has started so far. */
  runCounts: number[];
  /** Whether the walk goes into `node`'s children next (false for skipped elements). */
  enter: boolean;
}

const ELEMENT = 1;
const TEXT = 3;

export type Collect<R> = (budget: number) => { runs: R[]; done: boolean; lost?: true };

interface CollectorOptions {
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Only the text that belongs to `root` itself: nested blocks (collected on their own) are left out. */
  directOnly?: boolean;
}

/**
 * Walks `root` (and the open shadow roots inside it), yielding runs in document order. Call
 * `collect(budget)` repeatedly until it returns `done`. With `textOnly` the runs carry no nodes:
 * a scan needs only text, and not holding a page's text nodes spares allocations and the garbage
 * collector's time. The annotator uses the `directOnly` readings (a block's own text, for painting
 * and hover, and inside the page walk of block-text.ts); the whole-tree walk is what defines the
 * runs: block-text.ts must give the same ones, and its property test checks it against this walk.
 */
export function createRunCollector(root: Node, options: CollectorOptions & { textOnly: true }): { collect: Collect<RunText> };
export function createRunCollector(root: Node, options?: CollectorOptions): { collect: Collect<TextRun> };
export function createRunCollector(root: Node, options: CollectorOptions & { textOnly?: boolean } = {}): { collect: Collect<RunText> } {
  const rootIsInline = root.nodeType === ELEMENT && isInline(root as Element);
  const { directOnly = false, onShadowRoot, textOnly = false } = options;
  const walks: Walk[] = [{ root, node: root, blocks: [rootIsInline && !directOnly ? blockContainerOf(root) : root], runCounts: [0], enter: true }];
  const rootWasConnected = root.isConnected;
  let current: RunText | undefined;

  const finish = (out: RunText[]) => {
    if (current && !isBlank(current.text)) out.push(current);
    current = undefined;
  };

  /**
   * Reads up to `budget` nodes; returns the runs completed so far. `lost` means the page removed
   * the node the walk stood on since the last call (the walk cannot go on from there).
   * One flat loop over locals: this runs for every node of the page.
   */
  function collect(budget: number): { runs: RunText[]; done: boolean; lost?: true } {
    const out: RunText[] = [];
    let walk = walks[walks.length - 1];
    if (walk && rootWasConnected && !walk.node.isConnected) return { runs: out, done: false, lost: true };
    while (walk) {
      const { root: walkRoot, blocks, runCounts } = walk;
      let node: Node = walk.node;
      let enter = walk.enter;
      let block = blocks[blocks.length - 1]!;
      let next: Node | null = null;
      let enteredShadow = false;
      for (; budget > 0; budget--) {
        // The next node in document order: into the children unless told not to, else onwards.
        next = enter ? node.firstChild : null;
        if (!next) {
          while (node !== walkRoot) {
            if (node === block) {
              blocks.pop();
              runCounts.pop();
              block = blocks[blocks.length - 1]!;
            }
            next = node.nextSibling;
            if (next) break;
            const parent = node.parentNode;
            if (!parent) break;
            node = parent;
          }
        }
        if (!next) break;
        node = next;
        enter = true;
        const type = node.nodeType;
        if (type === TEXT) {
          const text = node as Text;
          if (current && current.container !== block) finish(out);
          if (current) {
            if (!textOnly) {
              (current as TextRun).starts.push(current.text.length);
              (current as TextRun).nodes.push(text);
            }
            current.text += text.data;
          } else {
            const index = runCounts[runCounts.length - 1]!++;
            current = textOnly ? { container: block, index, text: text.data } : ({ container: block, index, nodes: [text], starts: [0], text: text.data } as TextRun);
          }
        } else if (type === ELEMENT) {
          const kind = classify(node as Element);
          if (kind === SKIP) {
            enter = false;
          } else {
            if ((kind & BLOCK) !== 0) {
              finish(out);
              if (directOnly) {
                enter = false; // collected as a container of its own
                continue;
              }
              blocks.push(node);
              runCounts.push(0);
              block = node;
            }
            const shadow = (kind & MAY_HOST_SHADOW) !== 0 ? (node as Element).shadowRoot : null;
            if (shadow) {
              // Both kinds of walk end a run at a shadow host, so run indexes agree; only the whole
              // walk goes in.
              finish(out);
              if (!directOnly) {
                onShadowRoot?.(shadow);
                walk.node = node;
                walk.enter = true;
                walks.push({ root: shadow, node: shadow, blocks: [shadow], runCounts: [0], enter: true });
                enteredShadow = true;
                break;
              }
            }
          }
        }
      }
      if (enteredShadow) {
        walk = walks[walks.length - 1];
        continue;
      }
      if (budget <= 0 && next) {
        walk.node = node;
        walk.enter = enter;
        return { runs: out, done: false };
      }
      // This tree is done: back to the tree that holds its host, if any.
      finish(out);
      walks.pop();
      walk = walks[walks.length - 1];
    }
    finish(out);
    return { runs: out, done: true };
  }

  return { collect };
}

/** Every run a container holds directly (its nested blocks are containers of their own), at once. */
export function readDirectRuns(container: Node): TextRun[] {
  const direct = createRunCollector(container, { directOnly: true });
  const out: TextRun[] = [];
  for (let r = direct.collect(Infinity); ; r = direct.collect(Infinity)) {
    out.push(...r.runs);
    if (r.done) return out;
  }
}

/** The node and offset inside it for a run offset (the end of a node counts as its own). */
export function locate(run: TextRun, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = run.starts[mid]!;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: run.nodes[lo]!, offset: offset - run.starts[lo]! };
}
