/**
 * The statistics that tell a term from a chance string (Matrix67's "new word discovery"): how often
 * it occurs, how firmly its parts hold together (pointwise mutual information of its weakest split:
 * log2 of p(whole) / (p(left part) × p(right part)), with p = count / number of units), and how
 * freely it combines at each edge (the entropy, in bits, of the units seen just before and just
 * after it; an edge of a run counts as a new neighbour each time).
 */
import { runsOf, type Unit } from './units';

export interface StringStats {
  text: string;
  count: number;
  units: number;
  /** Undefined for a single unit (a Latin token: nothing to split). */
  cohesion?: number;
  leftEntropy: number;
  rightEntropy: number;
}

export interface Occurrence {
  /** Which text (index into the texts given) and where in it. */
  text: number;
  start: number;
  end: number;
}


const entropy = (counts: Iterable<number>): number => {
  const list = [...counts];
  const total = list.reduce((a, b) => a + b, 0);
  return list.reduce((h, n) => h - (n / total) * Math.log2(n / total), 0);
};

/** Stats of every string of 1…`maxUnits` units occurring at least `minCount` times. */
export function stringStats(texts: readonly { text: string; runs: Unit[][] }[], { maxUnits, minCount }: { maxUnits: number; minCount: number }): StringStats[] {
  const counted = new Map<string, number>();
  let totalUnits = 0;
  const each = (visit: (key: string, run: Unit[], from: number, to: number, textIndex: number) => void) => {
    texts.forEach(({ text, runs }, textIndex) => {
      for (const run of runs) {
        for (let from = 0; from < run.length; from++) {
          for (let to = from + 1; to <= Math.min(run.length, from + maxUnits); to++) visit(text.slice(run[from]!.start, run[to - 1]!.end), run, from, to, textIndex);
        }
      }
    });
  };
  for (const { runs } of texts) for (const run of runs) totalUnits += run.length;
  each((key) => counted.set(key, (counted.get(key) ?? 0) + 1));

  // Neighbours, for the strings frequent enough to be reported only.
  const left = new Map<string, Map<string, number>>();
  const right = new Map<string, Map<string, number>>();
  let edges = 0;
  const add = (table: Map<string, Map<string, number>>, key: string, neighbour: string) => {
    const counts = table.get(key) ?? new Map<string, number>();
    counts.set(neighbour, (counts.get(neighbour) ?? 0) + 1);
    table.set(key, counts);
  };
  each((key, run, from, to, textIndex) => {
    if ((counted.get(key) ?? 0) < minCount) return;
    const { text } = texts[textIndex]!;
    const unitText = (u: Unit) => text.slice(u.start, u.end);
    add(left, key, from > 0 ? unitText(run[from - 1]!) : `\u0000${edges++}`);
    add(right, key, to < run.length ? unitText(run[to]!) : `\u0000${edges++}`);
  });

  const p = (key: string) => (counted.get(key) ?? 0) / totalUnits;
  const out: StringStats[] = [];
  for (const [key, count] of counted) {
    if (count < minCount) continue;
    // The string's own units are those it was counted by: it never starts or ends inside a unit.
    const units = runsOf(key)[0]!;
    let cohesion: number | undefined;
    for (let cut = 1; cut < units.length; cut++) {
      const a = key.slice(0, units[cut - 1]!.end);
      const b = key.slice(units[cut]!.start);
      const pmi = Math.log2(p(key) / (p(a) * p(b)));
      cohesion = cohesion === undefined ? pmi : Math.min(cohesion, pmi);
    }
    out.push({
      text: key,
      count,
      units: units.length,
      ...(cohesion === undefined ? {} : { cohesion }),
      leftEntropy: entropy(left.get(key)!.values()),
      rightEntropy: entropy(right.get(key)!.values()),
    });
  }
  return out;
}

const WORD_CHAR = /[A-Za-z0-9]/;

/** Up to `limit` places of each wanted string, in text order; a Latin edge must not touch a letter or digit (GPT is not in GPT-4o). */
export function occurrencesOf(texts: readonly string[], wanted: Iterable<string>, limit: number): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  for (const key of wanted) {
    const list: Occurrence[] = [];
    texts.forEach((text, textIndex) => {
      for (let at = text.indexOf(key); at >= 0 && list.length < limit; at = text.indexOf(key, at + 1)) {
        const end = at + key.length;
        const cutsToken = (WORD_CHAR.test(key[0]!) && WORD_CHAR.test(text[at - 1] ?? '')) || (WORD_CHAR.test(key[key.length - 1]!) && WORD_CHAR.test(text[end] ?? ''));
        if (!cutsToken) list.push({ text: textIndex, start: at, end });
      }
    });
    out.set(key, list);
  }
  return out;
}
