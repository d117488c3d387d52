/**
 * The annotator's record of matches: each run with a term, listed under the anchor whose nearness
 * paints it, and found again through (anchor, place, index): neither its text nodes nor its block
 * element is held. In the isolated world content scripts run in, each DOM wrapper kept is a weak
 * handle every scavenge visits: holding each run's nodes doubled the 10 MB page's GC pauses, and
 * holding each block (~42,000) still made them the longest task; anchors are a third as many and
 * are held anyway (they are watched).
 */
import { ANCHOR_LEVELS } from '../limits';
import { inPlaces, placeOf, placesUnder } from './places';

/** The matches of one run. */
export interface RunRecord {
  /** The watched element whose nearness paints this run; for runs of a shadow root or a document, that root (never watched: painted at once). */
  anchor: Node;
  /** Where the run's block is under the anchor (see places.ts). */
  place: number;
  index: number;
  /** [start, end, termIndex] for each match, in text order. */
  matches: number[];
  /** Ranges in the highlight while the anchor is near the viewport (being painted: the ones so far). */
  painted: StaticRange[] | undefined;
  /** Set when the record leaves the store: work between slices that still holds it lets it be. */
  gone?: true;
}

export interface MatchStoreHooks {
  /** An element became an anchor: watch its nearness. */
  watch(anchor: Element): void;
  /** An anchor left the page with nothing left to paint: stop watching it. */
  unwatch(anchor: Element): void;
  /** Records left the store (they are out of it already): unpaint them, hand their "first" matches on. */
  dropped(records: Set<RunRecord>): void;
  /** A node was forgotten (it left, or is read again): work that named it is void. */
  forgotten(node: Node): void;
}

export type MatchStore = ReturnType<typeof createMatchStore>;

export function createMatchStore(hooks: MatchStoreHooks) {
  /**
   * Every run with matches, listed by anchor. Element anchors are watched; an anchor's list is
   * kept, even empty, while its blocks are read again (no flicker on tickers).
   */
  const byAnchor = new Map<Node, RunRecord[]>();

  /** Removes an anchor's runs that `drop` selects. */
  function drop(anchor: Node, which: (record: RunRecord) => boolean): void {
    const group = byAnchor.get(anchor);
    if (!group) return;
    const dropped = new Set<RunRecord>();
    const kept: RunRecord[] = [];
    for (const record of group) {
      if (which(record)) {
        dropped.add(record);
        record.gone = true;
      } else kept.push(record);
    }
    if (dropped.size === 0) return;
    byAnchor.set(anchor, kept);
    hooks.dropped(dropped);
  }

  /** The anchors a node can have runs under — itself, its parent, its grandparent — each with the node's place under it. */
  function* anchorsOf(node: Node): Generator<{ anchor: Node; group: RunRecord[]; place: number }> {
    for (let anchor: Node | null = node, level = 0; anchor && level <= ANCHOR_LEVELS; anchor = anchor.parentNode, level++) {
      const group = byAnchor.get(anchor);
      const place = group ? placeOf(anchor, node) : -1;
      if (group && place >= 0) yield { anchor, group, place };
    }
  }

  function unwatch(anchor: Node): void {
    byAnchor.delete(anchor);
    if (anchor.nodeType === Node.ELEMENT_NODE) hooks.unwatch(anchor as Element);
  }

  function forgetAnchor(anchor: Node, gone: boolean): void {
    hooks.forgotten(anchor);
    if (!byAnchor.has(anchor)) return;
    drop(anchor, () => true);
    if (gone) unwatch(anchor);
  }

  return {
    add(record: RunRecord): void {
      const group = byAnchor.get(record.anchor);
      if (group) return void group.push(record);
      byAnchor.set(record.anchor, [record]);
      if (record.anchor.nodeType === Node.ELEMENT_NODE) hooks.watch(record.anchor as Element);
    },

    /** An anchor's runs (undefined if it has none listed). */
    groupOf: (anchor: Node): readonly RunRecord[] | undefined => byAnchor.get(anchor),

    *records(): Generator<RunRecord> {
      for (const group of byAnchor.values()) yield* group;
    },

    /** A container's runs with matches, looked up under the three anchors it can have. */
    recordsAt(container: Node): RunRecord[] | undefined {
      for (const { group, place } of anchorsOf(container)) {
        const at = group.filter((record) => record.place === place);
        if (at.length > 0) return at;
      }
      return undefined;
    },

    /** Drops all of an anchor's runs. */
    dropAll: (anchor: Node) => drop(anchor, () => true),

    /** Drops a container's own runs, wherever they are anchored. */
    forgetContainer(container: Node, gone: boolean): void {
      hooks.forgotten(container);
      for (const { anchor, place } of anchorsOf(container)) drop(anchor, (record) => record.place === place);
      // A watched anchor leaving the page with nothing left to paint.
      if (gone && byAnchor.get(container)?.length === 0) unwatch(container);
    },

    /**
     * Drops every run in a subtree: those anchored inside it, and those anchored above it at
     * places under it. `gone` (it left the page) also stops watching its anchors. (Runs anchored
     * above a removed subtree go through `anchorsShiftedBy`: its old parent's child list changed.)
     */
    forgetSubtree(node: Node, gone: boolean): void {
      for (const { anchor, place } of anchorsOf(node)) {
        const under = placesUnder(place);
        drop(anchor, (record) => inPlaces(under, record.place));
      }
      forgetAnchor(node, gone);
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      for (const el of (node as Element).querySelectorAll('*')) forgetAnchor(el, gone);
    },

    /**
     * A child list changed: places counted through it (under the target as anchor, or under its
     * parent) may now point at other blocks. The anchors whose runs must be read again; only the
     * places through the target count.
     */
    anchorsShiftedBy(target: Node): Node[] {
      const out: Node[] = [];
      if (byAnchor.get(target)?.some((record) => record.place > 0)) out.push(target);
      const parent = target.parentNode;
      const siblings = parent && byAnchor.get(parent);
      if (!siblings) return out;
      const place = placeOf(parent, target);
      if (place <= 0) return out;
      const below = placesUnder(place);
      if (siblings.some((record) => record.place !== place && inPlaces(below, record.place))) out.push(parent);
      return out;
    },

    clear: () => byAnchor.clear(),
  };
}
