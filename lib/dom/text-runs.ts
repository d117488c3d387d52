/**
 * A container's own text as runs: consecutive text nodes of one block (or shadow root, or
 * document), joined, with the offset where each node starts. This reader is the one definition of
 * a container's runs and their indexes: the page walk (block-text.ts) gives each container's runs
 * through it, and painting and hover read them again through it, so the two agree by construction.
 * Resumable, so a block of a hundred thousand nodes can be read over several time slices. It
 * follows firstChild / nextSibling by hand: a TreeWalker with a filter calls back into script for
 * every node, which costs more than the reading itself.
 */
import type { RunMarks } from '../matcher/matcher';
import { BLOCK, classify, isCode, isInline, MAY_HOST_SHADOW, SKIP } from './skip';

/** A run's text and where it belongs: what the page walk hands to the matcher. */
export interface RunText {
  /** The block element (or shadow root / document) the run's text belongs to. */
  container: Node;
  /**
   * Which of its container's runs this is (0, 1…, counting runs of whitespace too), so a run can be
   * found again by (container, index) without keeping its nodes.
   */
  index: number;
  /** The joined text. */
  text: string;
  /** Where inline elements meet between letters or digits, and which parts are code (for the matcher); absent when none. */
  marks?: RunMarks;
}

/** A run with its text nodes: read again for the few runs that are painted or pointed at. */
export interface TextRun extends RunText {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** Reads up to `budget` nodes; `lost` means the page removed the node the reading stood on. */
export type Collect<R> = (budget: number) => { runs: R[]; done: boolean; lost?: true };

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

const ELEMENT = 1;
const TEXT = 3;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * A digit and an ASCII letter meeting where one text node ends and the next begins: a token
 * boundary (chips "OpenAI 14" "Anthropic 7": 14|Anthropic). Letters meeting letters stay one word
 * (Open<b>AI</b>).
 */
export const isTokenBreak = (before: number, after: number) => (isDigit(before) && isLetter(after)) || (isLetter(before) && isDigit(after));

/** Is the block container code itself, or a block right inside code (`<pre><div>`)? */
function isCodeContainer(container: Node): boolean {
  if (container.nodeType !== ELEMENT) return false;
  const parent = (container as Element).parentElement;
  return isCode(container as Element) || (parent !== null && isCode(parent));
}

/**
 * Reads the text `container` holds itself: nested blocks and skipped elements are not entered (a
 * nested block is a container of its own; a skipped one's text is never read), and a run ends at a
 * nested block and at an inline shadow host (its root is a container of its own). With `textOnly`
 * the runs carry no nodes: a scan needs only text, and not holding a page's text nodes spares
 * allocations and the garbage collector's time. With `nodesOnly` they carry no text (`text` is
 * empty): painting and hit-testing need only the nodes and their offsets, and a block of 200,000
 * text nodes joined would be a rope of as many pieces.
 */
export function createOwnRunReader(container: Node, options: { textOnly: true }): { collect: Collect<RunText> };
export function createOwnRunReader(container: Node, options?: { textOnly?: false; nodesOnly?: boolean }): { collect: Collect<TextRun> };
export function createOwnRunReader(container: Node, { textOnly = false, nodesOnly = false }: { textOnly?: boolean; nodesOnly?: boolean } = {}): { collect: Collect<RunText> } {
  const wasConnected = container.isConnected;
  /** The last node visited; the container before the first step. */
  let node: Node = container;
  /** Whether the reading goes into `node`'s children next. */
  let enter = true;
  let runCount = 0;
  let current: RunText | undefined;
  /** The current run's length so far, and whether it holds more than whitespace (its text is not kept with `nodesOnly`). */
  let length = 0;
  let blank = true;
  let done = false;
  /** The outermost code element the reading is inside (the container when it is code). */
  let codeRoot: Node | undefined = isCodeContainer(container) ? container : undefined;
  /** The last character of the previous text node of the current run (0 at a run's start). */
  let lastChar = 0;

  const finish = (out: RunText[]) => {
    if (current && !blank) out.push(current);
    current = undefined;
  };

  /** One flat loop over locals: in a whole-page reading this runs for many nodes. */
  function collect(budget: number): { runs: RunText[]; done: boolean; lost?: true } {
    const out: RunText[] = [];
    if (done) return { runs: out, done };
    if (wasConnected && !node.isConnected) return { runs: out, done: false, lost: true };
    for (; budget > 0; budget--) {
      // The next node in document order: into the children unless told not to, else onwards.
      let next: Node | null = enter ? node.firstChild : null;
      if (!next) {
        while (node !== container) {
          next = node.nextSibling;
          if (next) break;
          const parent = node.parentNode;
          if (!parent) break;
          node = parent;
        }
      }
      if (!next) {
        done = true;
        break;
      }
      node = next;
      enter = true;
      const type = node.nodeType;
      if (type === TEXT) {
        const text = node as Text;
        const data = text.data;
        if (codeRoot !== undefined && codeRoot !== container && !codeRoot.contains(text)) codeRoot = undefined;
        if (current) {
          if (!nodesOnly && data.length > 0 && isTokenBreak(lastChar, data.charCodeAt(0))) {
            current.marks ??= {};
            ((current.marks.breaks ??= []) as number[]).push(length);
          }
          if (!textOnly) {
            (current as TextRun).starts.push(length);
            (current as TextRun).nodes.push(text);
          }
          if (!nodesOnly) current.text += data;
        } else {
          const index = runCount++;
          const joined = nodesOnly ? '' : data;
          current = textOnly ? { container, index, text: joined } : ({ container, index, nodes: [text], starts: [0], text: joined } as TextRun);
          length = 0;
          blank = true;
        }
        if (codeRoot !== undefined && data.length > 0 && !nodesOnly) addCode(current, length, length + data.length);
        if (data.length > 0) lastChar = data.charCodeAt(data.length - 1);
        length += data.length;
        if (blank && !isBlank(data)) blank = false;
      } else if (type === ELEMENT) {
        const kind = classify(node as Element);
        if (kind !== SKIP && isCode(node as Element) && (codeRoot === undefined || !codeRoot.contains(node))) codeRoot = node;
        if (kind === SKIP) {
          enter = false;
        } else if ((kind & BLOCK) !== 0) {
          finish(out);
          enter = false;
        } else if ((kind & MAY_HOST_SHADOW) !== 0 && (node as Element).shadowRoot) {
          finish(out);
        }
      }
    }
    if (done) finish(out);
    return { runs: out, done };
  }

  return { collect };
}

/** Notes [start, end) of `run` as code, joined to the part before when they meet. */
function addCode(run: RunText, start: number, end: number): void {
  run.marks ??= {};
  const code = (run.marks.code ??= []) as number[];
  if (code.length > 0 && code[code.length - 1] === start) code[code.length - 1] = end;
  else code.push(start, end);
}

/** Every run a container holds itself, at once. */
export function readDirectRuns(container: Node, options?: { nodesOnly?: boolean }): TextRun[] {
  const { runs } = createOwnRunReader(container, options).collect(Infinity);
  return runs;
}

/** The node and offset inside it for a run offset (the end of a node counts as its own). */
export function locate(run: TextRun, offset: number, preferEnd = false): { node: Text; offset: number; index: number } {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = run.starts[mid]!;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: run.nodes[lo]!, offset: offset - run.starts[lo]!, index: lo };
}

/**
 * The run's text from `from` to `to` (clamped), rebuilt from its nodes: a run kept for pointing
 * at need not keep its joined text. Returns the text and the run offset it starts at.
 */
export function runTextBetween(run: TextRun, from: number, to: number): { text: string; offset: number } {
  const { nodes, starts } = run;
  let text = '';
  let offset = -1;
  for (let i = 0; i < nodes.length; i++) {
    const start = starts[i]!;
    const data = nodes[i]!.data;
    if (start + data.length <= from) continue;
    if (start >= to) break;
    if (offset < 0) offset = start;
    text = text.padEnd(start - offset) + data;
  }
  if (offset < 0) return { text: '', offset: from };
  const lo = Math.max(from, offset);
  return { text: text.slice(lo - offset, Math.min(to, offset + text.length) - offset), offset: lo };
}
