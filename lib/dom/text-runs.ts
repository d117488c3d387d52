/**
 * Collects a page's readable text as runs: consecutive text nodes of one block, joined, with the
 * offset where each node starts. Resumable, so the walk itself can be spread over time slices.
 */
import { isInline, isSkippedElement } from './skip';

export interface TextRun {
  /** The block element (or shadow root / document) the run's text belongs to. */
  container: Node;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/** The nearest ancestor that is not an inline element. */
export function blockContainerOf(node: Node): Node {
  let parent = node.parentNode;
  while (parent && parent.nodeType === Node.ELEMENT_NODE && isInline(parent as Element)) parent = parent.parentNode;
  return parent ?? node;
}

const acceptNode = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;

/**
 * Walks `root` (and the open shadow roots inside it), yielding runs in document order. Call
 * `collect(budget)` repeatedly until it returns `done`.
 */
export function createRunCollector(
  root: Node,
  options: {
    onShadowRoot?: (root: ShadowRoot) => void;
    /** Only the text that belongs to `root` itself: nested blocks (collected on their own) are left out. */
    directOnly?: boolean;
  } = {},
) {
  const doc = root.ownerDocument ?? (root as Document);
  let skippedBlock = false;
  const filter = options.directOnly
    ? {
        acceptNode(node: Node) {
          if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
            skippedBlock = true; // the text on either side of a nested block is two runs
            return NodeFilter.FILTER_REJECT;
          }
          return acceptNode(node);
        },
      }
    : { acceptNode };
  const walkers: TreeWalker[] = [doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter)];
  let current: TextRun | undefined;
  const rootWasConnected = root.isConnected;

  const finish = (out: TextRun[]) => {
    if (current && /\S/.test(current.text)) out.push(current);
    current = undefined;
  };

  /**
   * Reads up to `budget` nodes; returns the runs completed so far. `lost` means the page removed
   * the node the walk stood on since the last call (the walk cannot go on from there).
   */
  function collect(budget: number): { runs: TextRun[]; done: boolean; lost?: true } {
    const top = walkers[walkers.length - 1];
    if (top && rootWasConnected && !top.currentNode.isConnected) {
      return { runs: [], done: false, lost: true };
    }
    const out: TextRun[] = [];
    while (budget-- > 0) {
      const walker = walkers[walkers.length - 1];
      if (!walker) {
        finish(out);
        return { runs: out, done: true };
      }
      const node = walker.nextNode();
      if (!node) {
        walkers.pop();
        finish(out);
        continue;
      }
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (!isInline(el)) finish(out);
        const shadow = options.directOnly ? null : el.shadowRoot;
        if (shadow) {
          finish(out);
          options.onShadowRoot?.(shadow);
          walkers.push(doc.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode }));
        }
        continue;
      }
      const text = node as Text;
      const container = options.directOnly ? root : blockContainerOf(text);
      if (skippedBlock || (current && current.container !== container)) finish(out);
      skippedBlock = false;
      current ??= { container, nodes: [], starts: [], text: '' };
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
    }
    return { runs: out, done: false };
  }

  return { collect };
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
