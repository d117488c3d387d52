/**
 * The side panel's "Your terms" filter over up to 100,000 own terms: sorted once by spelling, then
 * each keystroke's prefix is two binary searches (no scan), and only a window of rows is taken.
 */

export interface IndexedTerm {
  id: string;
  term: string;
}

export interface TermsWindow {
  terms: IndexedTerm[];
  /** How many terms start with the prefix, shown or not. */
  total: number;
}

const byTerm = (a: IndexedTerm, b: IndexedTerm) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first position whose term is not below `key` (in UTF-16 code-unit order, as `<` compares). */
function lowerBound(sorted: readonly IndexedTerm[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.term < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class OwnTermsIndex {
  private readonly sorted: IndexedTerm[];

  constructor(terms: Iterable<IndexedTerm>) {
    this.sorted = Array.from(terms, ({ id, term }) => ({ id, term })).sort(byTerm);
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The first `limit` terms that start with `prefix` (all terms for ""), in spelling order, and how many there are. */
  window(prefix: string, limit: number): TermsWindow {
    const start = lowerBound(this.sorted, prefix);
    // Every string starting with the prefix sorts below prefix + U+FFFF (a lone code unit no term
    // continues with after a prefix: U+FFFF is a noncharacter).
    const end = prefix === '' ? this.sorted.length : lowerBound(this.sorted, prefix + '\uffff');
    return { terms: this.sorted.slice(start, Math.min(end, start + limit)), total: end - start };
  }
}
