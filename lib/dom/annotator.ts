/**
 * Finds glossary terms in a document and paints them with the CSS Custom Highlight API — the
 * page's text nodes are never touched. Work runs in time slices; new content arrives through one
 * MutationObserver, batched. Keeps a match index per run for hit-testing.
 */
import { NODES_PER_CLOCK_CHECK, SLICE_BUDGET_MS } from '../limits';
import type { Matcher } from '../matcher/compile';
import { isInline, isOwnUi } from './skip';
import { blockContainerOf, createRunCollector, locate, type TextRun } from './text-runs';

export interface Annotation {
  start: number;
  end: number;
  termIndex: number;
  range: StaticRange;
}

interface RunRecord {
  run: TextRun;
  annotations: Annotation[];
}

export interface AnnotatorOptions {
  doc: Document;
  matcher: Matcher;
  /** Where ranges go; undefined where the browser has no Highlight API (hit-testing still works). */
  highlight: Highlight | undefined;
  /** Schedules the next slice (tied to the content script's lifetime). */
  schedule: (fn: () => void) => void;
  /** Called when a shadow root is found, so its styles can be added. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called after a batch changed the annotations. */
  onChange?: () => void;
}

export function createAnnotator(options: AnnotatorOptions) {
  const { doc, matcher, highlight } = options;
  const runsByContainer = new Map<Node, RunRecord[]>();
  const recordOfNode = new WeakMap<Text, { record: RunRecord; index: number }>();
  const observed = new WeakSet<Node>();
  /** Work not done yet: whole subtrees to collect, and containers whose own text changed. */
  const pendingRoots: Node[] = [];
  const dirty = new Set<Node>();
  let collector: ReturnType<typeof createRunCollector> | undefined;
  let scheduled = false;
  let stopped = false;

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        dirty.add(blockContainerOf(r.target));
        continue;
      }
      // Our card lives in a closed shadow root the observer never sees; only its host coming and going does.
      if (isOnlyOwnUi(r.addedNodes) && isOnlyOwnUi(r.removedNodes)) continue;
      for (const node of r.removedNodes) forgetSubtree(node);
      // The target's own text changed; blocks added inside it are collected whole.
      dirty.add(containerOfChildren(r.target));
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOwnUi(node as Element)) queueBlocksIn(node as Element);
      }
    }
    wake();
  });

  /** The run container of a node's children: itself if it is a block (or a root), else its block. */
  function containerOfChildren(node: Node): Node {
    return node.nodeType === Node.ELEMENT_NODE && isInline(node as Element) ? blockContainerOf(node) : node;
  }

  /** An added block is collected whole; an added inline element's text belongs to its block (dirty). */
  function queueBlocksIn(el: Element): void {
    if (!isInline(el)) {
      pendingRoots.push(el);
      return;
    }
    for (const inner of el.querySelectorAll('*')) {
      if (!isInline(inner) && blockContainerOf(inner) === blockContainerOf(el)) pendingRoots.push(inner);
    }
  }

  function isOnlyOwnUi(nodes: NodeList): boolean {
    for (const node of nodes) if (node.nodeType !== Node.ELEMENT_NODE || !isOwnUi(node as Element)) return false;
    return true;
  }

  function observe(root: Node) {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function annotate(run: TextRun): void {
    const record: RunRecord = { run, annotations: [] };
    matcher.scan(run.text, (start, end, termIndex) => {
      const from = locate(run, start);
      const to = locate(run, end, true);
      const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
      record.annotations.push({ start, end, termIndex, range });
      highlight?.add(range);
    });
    run.nodes.forEach((node, index) => recordOfNode.set(node, { record, index }));
    const list = runsByContainer.get(run.container);
    if (list) list.push(record);
    else runsByContainer.set(run.container, [record]);
  }

  function forgetContainer(container: Node): void {
    const list = runsByContainer.get(container);
    if (!list) return;
    for (const record of list) {
      for (const a of record.annotations) highlight?.delete(a.range);
      for (const node of record.run.nodes) recordOfNode.delete(node);
    }
    runsByContainer.delete(container);
  }

  function forgetSubtree(node: Node): void {
    forgetContainer(node);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const el of (node as Element).querySelectorAll('*')) {
      if (runsByContainer.has(el)) forgetContainer(el);
    }
  }

  function wake(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    options.schedule(step);
  }

  /** One slice: as much pending work as fits the budget. */
  function step(): void {
    scheduled = false;
    if (stopped) return;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let changed = false;
    while (performance.now() < deadline) {
      if (collector) {
        const { runs, done } = collector.collect(NODES_PER_CLOCK_CHECK);
        for (const run of runs) annotate(run);
        changed ||= runs.length > 0;
        if (done) collector = undefined;
        continue;
      }
      const root = pendingRoots.shift();
      if (root) {
        if (root.isConnected) {
          forgetSubtree(root);
          collector = createRunCollector(root, { onShadowRoot: foundShadowRoot });
        }
        continue;
      }
      const container = dirty.values().next();
      if (container.done) break;
      dirty.delete(container.value);
      forgetContainer(container.value);
      if (container.value.isConnected) {
        const direct = createRunCollector(container.value, { directOnly: true });
        for (let r = direct.collect(Infinity); ; r = direct.collect(Infinity)) {
          r.runs.forEach(annotate);
          if (r.done) break;
        }
      }
      changed = true;
    }
    if (collector || pendingRoots.length > 0 || dirty.size > 0) wake();
    if (changed) options.onChange?.();
  }

  function foundShadowRoot(root: ShadowRoot): void {
    observe(root);
    options.onShadowRoot?.(root);
  }

  return {
    start(): void {
      const root = doc.body ?? doc.documentElement;
      if (!root) return;
      observe(doc);
      pendingRoots.push(root);
      wake();
    },
    stop(): void {
      stopped = true;
      observer.disconnect();
      for (const container of [...runsByContainer.keys()]) forgetContainer(container);
    },
    /** The annotation at a caret position, if any. */
    annotationAt(node: Node, offset: number): { annotation: Annotation; run: TextRun } | undefined {
      const hit = node.nodeType === Node.TEXT_NODE ? recordOfNode.get(node as Text) : undefined;
      if (!hit) return undefined;
      const at = hit.record.run.starts[hit.index]! + offset;
      const list = hit.record.annotations;
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const a = list[mid]!;
        if (at < a.start) hi = mid - 1;
        else if (at >= a.end) lo = mid + 1;
        else return { annotation: a, run: hit.record.run };
      }
      return undefined;
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
