/**
 * Runs read again from the page, remembered until the next mutation: the runs of the last
 * container read (a pointer resting on a paragraph asks again every frame) and where the last
 * container annotated is anchored (its runs come one after another). Mutation callbacks run before
 * any later task of ours, so what is remembered is never older than the page.
 */
import type { RunRecord } from './match-store';
import { anchorFor, nodeAt, placeOf } from './places';
import { readDirectRuns, type TextRun } from './text-runs';

export type RunCache = ReturnType<typeof createRunCache>;

export function createRunCache(doc: Document) {
  let lastRuns: { container: Node; runs: Map<number, TextRun> } | undefined;
  let lastPlacing: { container: Node; anchor: Node; place: number } | undefined;

  /** A container's runs, by index. */
  function runsOf(container: Node): Map<number, TextRun> {
    if (lastRuns?.container === container) return lastRuns.runs;
    const runs = new Map(readDirectRuns(container).map((run) => [run.index, run]));
    lastRuns = { container, runs };
    return runs;
  }

  return {
    runsOf,

    /** A record's run with its nodes, found again by its place (undefined if the page lost it). */
    runOf(record: RunRecord): TextRun | undefined {
      const container = nodeAt(record.anchor, record.place);
      return container ? runsOf(container).get(record.index) : undefined;
    },

    /** The anchor a container's runs are listed under, and its place there. */
    placing(container: Node): { anchor: Node; place: number } {
      if (lastPlacing?.container !== container) {
        // Shadow roots and documents have no box to watch: they are their own anchors.
        const anchor = container.nodeType === Node.ELEMENT_NODE ? anchorFor(doc, container as Element) : container;
        const place = placeOf(anchor, container);
        lastPlacing = place >= 0 ? { container, anchor, place } : { container, anchor: container, place: 0 };
      }
      return lastPlacing;
    },

    /** The page changed. */
    clear(): void {
      lastRuns = undefined;
      lastPlacing = undefined;
    },
  };
}
