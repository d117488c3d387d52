/**
 * Paints records into the Highlight while their anchor is near the viewport, and takes them out
 * again: ranges are only worth creating for text the reader can see soon.
 */
import type { RunRecord } from './match-store';
import { classify, SKIP } from './skip';
import { locate, type TextRun } from './text-runs';

export interface PainterOptions {
  /** Where ranges go; undefined where the browser has no Highlight API. */
  highlight: Highlight | undefined;
  /** A record's run with its nodes, read from the page. */
  runOf(record: RunRecord): TextRun | undefined;
  /** Which matches to paint (all unless given): "first occurrence only" paints fewer. */
  shows?: (record: RunRecord, i: number) => boolean;
  /** Terms painted more lightly (the reader knows them), into a second Highlight. */
  light?: LightMarks;
}

export interface LightMarks {
  highlight: Highlight | undefined;
  /** Term indexes in the page matcher. */
  terms: ReadonlySet<number>;
}

export type Painter = ReturnType<typeof createPainter>;

export function createPainter({ highlight, runOf, shows, light }: PainterOptions) {
  const near = new Set<Element>();

  function paint(record: RunRecord, known?: TextRun): void {
    if (record.painted || record.matches.length === 0) return;
    const run = known ?? runOf(record);
    if (!run) return; // the page changed under it; the mutation that did so brings a rescan
    const { matches } = record;
    const length = textLength(run);
    const ranges: StaticRange[] = [];
    for (let i = 0; i < matches.length; i += 3) {
      if (shows && !shows(record, i)) continue;
      if (matches[i + 1]! > length) continue; // stale offsets: the rescan is on its way
      const into = light?.terms.has(matches[i + 2]!) ? light.highlight : highlight;
      for (const range of staticRangesOf(run, matches[i]!, matches[i + 1]!)) {
        ranges.push(range);
        into?.add(range);
      }
    }
    record.painted = ranges;
  }

  function unpaint(record: RunRecord): void {
    if (!record.painted) return;
    for (const range of record.painted) {
      // A range is in one of the two; deleting from the other is a no-op.
      highlight?.delete(range);
      light?.highlight?.delete(range);
    }
    record.painted = undefined;
  }

  return {
    paint,
    unpaint,
    repaint(record: RunRecord): void {
      if (!record.painted) return;
      unpaint(record);
      paint(record);
    },
    /** Shadow roots and documents are never watched: their runs are painted at once. */
    isNear: (anchor: Node) => anchor.nodeType !== Node.ELEMENT_NODE || near.has(anchor as Element),
    /** An anchor came near the viewport or left it: its records are painted or taken out. */
    setNear(anchor: Element, isNear: boolean, records: readonly RunRecord[] = []): void {
      if (isNear) near.add(anchor);
      else near.delete(anchor);
      for (const record of records) (isNear ? paint : unpaint)(record);
    },
    /** An anchor is no longer watched. */
    forget: (anchor: Element) => near.delete(anchor),
    clear: () => near.clear(),
  };
}

/** A run's text length (its text itself is dropped once scanned). */
function textLength(run: TextRun): number {
  const last = run.nodes.length - 1;
  return run.starts[last]! + run.nodes[last]!.data.length;
}

/**
 * The ranges that paint one match: one, unless the match runs across text TermLens skips (the
 * reading in <ruby>天数<rt>tiān shù</rt>天算</ruby>), which is left unpainted between two ranges.
 */
function staticRangesOf(run: TextRun, start: number, end: number): StaticRange[] {
  const from = locate(run, start);
  const to = locate(run, end, true);
  if (from.node === to.node) {
    return [new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset })];
  }
  const out: StaticRange[] = [];
  let first = run.nodes.indexOf(from.node);
  let firstOffset = from.offset;
  const last = run.nodes.indexOf(to.node);
  for (let k = first; k < last; k++) {
    if (!skippedBetween(run.nodes[k]!, run.nodes[k + 1]!)) continue;
    out.push(new StaticRange({ startContainer: run.nodes[first]!, startOffset: firstOffset, endContainer: run.nodes[k]!, endOffset: run.nodes[k]!.data.length }));
    first = k + 1;
    firstOffset = 0;
  }
  out.push(new StaticRange({ startContainer: run.nodes[first]!, startOffset: firstOffset, endContainer: to.node, endOffset: to.offset }));
  return out;
}

/** Is there a skipped element (an <rt>, a <script>…) between two text nodes of one run? */
function skippedBetween(a: Text, b: Text): boolean {
  let node: Node | null = a;
  for (;;) {
    let next: Node | null = node.firstChild;
    while (!next && node) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    if (!next || next === b) return false;
    if (next.nodeType === Node.ELEMENT_NODE && classify(next as Element) === SKIP) return true;
    node = next;
  }
}
