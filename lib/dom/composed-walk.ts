/**
 * Text nodes one at a time, forward or backward, in the order the page walk reads them: an open
 * shadow tree it entered comes right after its host, before the host's own children. Keyboard
 * navigation steps through this order, so terms inside web components are reachable too.
 */
const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;

export interface ComposedTextWalk {
  /** Positions the walk on `node`, which may be inside a shadow tree within the root. */
  moveTo(node: Node): void;
  /** Positions the walk before the first node (forward) or after the last (backward). */
  moveToEdge(forward: boolean): void;
  /** The next (or previous) text node, or null at the end. */
  step(forward: boolean): Text | null;
  /** Does the walk cover `node` (in the root's tree, or in a shadow tree it enters)? */
  covers(node: Node): boolean;
}

/** `rootOf(host)` gives the shadow root the walk enters at `host`, if any. */
export function createComposedTextWalk(doc: Document, root: Node, rootOf: (host: Element) => ShadowRoot | null): ComposedTextWalk {
  /** One walker per tree, innermost last; each outer one stands on the host of the next. */
  let stack: TreeWalker[] = [];
  /** Backward from the end of a tree: its last node is visited before any step. */
  let pending: Node | null = null;

  const walkerAt = (tree: Node, node: Node) => {
    const walker = doc.createTreeWalker(tree, SHOW);
    walker.currentNode = node;
    return walker;
  };

  /** The trees from the root down to `node`'s: [tree, node or host in it] pairs, or undefined if outside. */
  function chainTo(node: Node): [Node, Node][] | undefined {
    const chain: [Node, Node][] = [];
    for (let n = node; ; ) {
      const tree = n.getRootNode();
      // By node type, not `instanceof ShadowRoot`: that fails for nodes of another realm.
      if (tree.nodeType !== Node.DOCUMENT_FRAGMENT_NODE || !(tree as ShadowRoot).host) return root.contains(n) ? [[root, n], ...chain] : undefined;
      const host = (tree as ShadowRoot).host;
      if (rootOf(host) !== tree) return undefined;
      chain.unshift([tree, n]);
      n = host;
    }
  }

  function lastInTree(tree: Node): Node {
    let node = tree;
    while (node.lastChild) node = node.lastChild;
    return node;
  }

  return {
    moveTo(node) {
      pending = null;
      stack = (chainTo(node) ?? [[root, root]]).map(([tree, at]) => walkerAt(tree, at));
    },
    moveToEdge(forward) {
      stack = [walkerAt(root, forward ? root : lastInTree(root))];
      pending = forward ? null : stack[0]!.currentNode;
    },
    covers: (node) => chainTo(node) !== undefined,
    step(forward) {
      for (;;) {
        const walker = stack[stack.length - 1];
        if (!walker) return null;
        let node: Node | null;
        if (pending) {
          node = pending;
          pending = null;
        } else {
          node = forward ? walker.nextNode() : walker.previousNode();
        }
        if (!node || node === walker.root) {
          // This tree is done: the walk goes on from its host (forward: into the host's children;
          // backward: before the host, whose shadow tree has just been read).
          stack.pop();
          continue;
        }
        if (node.nodeType === Node.TEXT_NODE) return node as Text;
        const shadow = node.nodeType === Node.ELEMENT_NODE ? rootOf(node as Element) : null;
        if (!shadow) continue;
        if (forward) {
          stack.push(walkerAt(shadow, shadow));
        } else {
          // Backward, the host is met after its children: its shadow tree comes next, from its end.
          const last = lastInTree(shadow);
          stack.push(walkerAt(shadow, last));
          if (last !== shadow) pending = last;
        }
      }
    },
  };
}
