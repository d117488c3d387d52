/**
 * The page walk: every container's runs under a root (and the open shadow roots inside it), as
 * `createOwnRunReader` reads each container, without touching the page's text nodes where it can.
 * Creating a script wrapper for each text node is most of what reading a page costs (a TreeWalker
 * that only reads every text node spends about five sixths of its time on first touches); this
 * walk goes over elements only, and a block whose descendants are all plain inline elements — most
 * paragraphs — gives its one run, index 0, with a single `textContent` read: for such a block the
 * own-run reader would give exactly that run. Any other block (nested blocks, skipped or hidden
 * descendants, a shadow host, a `<br>`) is read by the own-run reader itself, the same reading
 * painting and hover use, so the indexes agree by construction.
 */
import { BLOCK, classify, isCode, MAY_HOST_SHADOW, SKIP } from './skip';
import { createOwnRunReader, isBlank, type Collect, type RunText } from './text-runs';

interface OpenBlock {
  node: Node;
  /** Only plain inline elements met under it so far: its text is one run, its `textContent`. */
  simple: boolean;
  /** An inline element met under it (outside nested blocks): it may hold the block's own text. */
  inline: boolean;
  /** Code (`pre`) or inside code. */
  code: boolean;
}

/** One tree being walked: the root given, or an open shadow root found inside it. */
interface Walk {
  root: Node;
  /** The last element visited; `root` before the first step. */
  node: Node;
  /** Whether the walk goes into `node`'s children next (false for skipped elements). */
  enter: boolean;
  /** Blocks entered and not yet left, innermost last. */
  blocks: OpenBlock[];
}

/**
 * Does a block whose children are blocks or skipped elements hold text of its own (between them)?
 * Most such blocks (sections, lists, story cards) hold none, or only the indentation between tags.
 */
function hasOwnText(block: Node): boolean {
  for (let child = block.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if ((type === 3 || type === 4) && !isBlank((child as Text).data)) return true;
  }
  return false;
}

const DIGIT_BESIDE_LETTER = /\d[A-Za-z]|[A-Za-z]\d/;

export function createBlockTextCollector(root: Node, options: { onShadowRoot?: (root: ShadowRoot) => void } = {}): { collect: Collect<RunText> } {
  // The root's own text is read node by node: it is never checked for skip rules (the caller
  // chose it), and shadow roots and documents have no textContent to speak of.
  const walks: Walk[] = [{ root, node: root, enter: true, blocks: [{ node: root, simple: false, inline: true, code: false }] }];
  const rootWasConnected = root.isConnected;
  /** Closed blocks whose own text is read node by node, and the reading in progress (a block may hold a lot). */
  const directQueue: Node[] = [];
  let direct: Collect<RunText> | undefined;

  function close(block: OpenBlock, out: RunText[]): void {
    if (!block.simple) {
      if (block.inline || hasOwnText(block.node)) directQueue.push(block.node);
      return;
    }
    const text = block.node.textContent ?? '';
    if (isBlank(text)) return;
    // A digit meeting a letter may be where two inline elements meet (a token boundary for Latin
    // names): such a block is read node by node, which knows.
    if (block.inline && DIGIT_BESIDE_LETTER.test(text)) directQueue.push(block.node);
    else out.push({ container: block.node, index: 0, text });
  }

  /** Reads queued blocks' own text within `budget` nodes; returns what is left of it. */
  function drainDirect(out: RunText[], budget: number): number {
    while (budget > 0) {
      if (!direct) {
        const node = directQueue.shift();
        if (!node) break;
        direct = createOwnRunReader(node, { textOnly: true }).collect;
      }
      const { runs, done, lost } = direct(budget);
      for (const run of runs) out.push(run);
      // Lost: the page removed the block meanwhile; the mutation that did so says what to forget.
      if (!done && !lost) return 0;
      direct = undefined;
      budget -= 1 + runs.length;
    }
    return budget;
  }

  function collect(budget: number): { runs: RunText[]; done: boolean; lost?: true } {
    const out: RunText[] = [];
    budget = drainDirect(out, budget);
    let walk = walks[walks.length - 1];
    if (walk && rootWasConnected && !walk.node.isConnected) return { runs: out, done: false, lost: true };
    while (walk && budget > 0) {
      const { root: walkRoot, blocks } = walk;
      let node: Node = walk.node;
      let enter = walk.enter;
      let top = blocks[blocks.length - 1]!;
      let next: Element | null = null;
      let enteredShadow = false;
      for (; budget > 0; budget--) {
        // The next element in document order: into the children unless told not to, else onwards.
        next = enter ? (node as ParentNode).firstElementChild : null;
        if (!next) {
          while (node !== walkRoot) {
            if (node === top.node) {
              blocks.pop();
              close(top, out);
              top = blocks[blocks.length - 1]!;
            }
            next = (node as Element).nextElementSibling;
            if (next) break;
            const parent = node.parentNode;
            if (!parent) break;
            node = parent;
          }
        }
        if (!next) break;
        node = next;
        enter = true;
        const kind = classify(next);
        if (kind === SKIP) {
          top.simple = false;
          enter = false;
          continue;
        }
        // Code is read node by node: the run reader tells the matcher which parts are code.
        if ((kind & BLOCK) === 0) {
          top.inline = true;
          if (isCode(next)) top.simple = false;
        } else {
          top.simple = false;
          const code = top.code || isCode(next);
          top = { node: next, simple: !code, inline: false, code };
          blocks.push(top);
        }
        const shadow = (kind & MAY_HOST_SHADOW) !== 0 ? next.shadowRoot : null;
        if (shadow) {
          // Runs end at a shadow host: its block's text is read node by node, which does the same.
          top.simple = false;
          options.onShadowRoot?.(shadow);
          walk.node = node;
          walk.enter = true;
          walks.push({ root: shadow, node: shadow, enter: true, blocks: [{ node: shadow, simple: false, inline: true, code: false }] });
          enteredShadow = true;
          break;
        }
      }
      if (enteredShadow) {
        walk = walks[walks.length - 1];
        continue;
      }
      if (next) {
        // Out of budget in the middle of this tree.
        walk.node = node;
        walk.enter = enter;
        break;
      }
      // This tree is done: its root's own text too; then back to the tree that holds its host, if any.
      close(blocks[0]!, out);
      walks.pop();
      walk = walks[walks.length - 1];
    }
    drainDirect(out, Math.max(budget, 1));
    return { runs: out, done: walks.length === 0 && !direct && directQueue.length === 0 };
  }

  return { collect };
}
