/**
 * The page scan over a compiled layout: a trie in typed arrays behind a 64K-entry first-character
 * table, so that most characters of a page cost one array read. Leftmost-longest, non-overlapping;
 * the Latin boundary, case and exclusion rules of the glossary where a node asks for them.
 */
import { foldTable, LATIN_LETTER, latinClass, touches } from '../text/fold';
import { keyTable } from './keys';
import { ASK_RULES, NO_OUTPUT, ruleOutputsOf, type MatcherLayout, type RuleOutput } from './layout';
import { versionEnd } from './versions';
import { SENSE_MARK, SENSE_NO, senseVerdict, type SenseReason, type SenseVerdict, type SenseWords } from './sense-evidence';
import { sameKey } from './word-search';

export interface Match {
  start: number;
  end: number;
  termIndex: number;
}

/**
 * What the page walk knows of a run beyond its text: where inline elements meet between a letter or
 * digit and another (a token boundary for Latin forms: chips "OpenAI 14" "Anthropic 7"), and which
 * parts are code (`pre`, `code`: Han forms are marked there, Latin forms, identifiers, are not).
 */
export interface RunMarks {
  /** Ascending offsets. */
  breaks?: readonly number[];
  /** Ascending [start, end) pairs, flat. */
  code?: readonly number[];
}

export interface Matcher {
  /**
   * Writes [start, end, termIndex] for each match in `text[from, to)` into `out` from index 0 and
   * returns how many numbers it wrote. The page walk reuses one `out`: no allocation per run.
   * `startAt` and `startBefore` scan a part of that text (matches starting in `[startAt, startBefore)`,
   * ending anywhere before `to`, rules seeing all of `[from, to)`): a huge run is scanned a part per
   * time slice, with the matches the whole scan would give.
   */
  find(text: string, out: number[], from?: number, to?: number, startAt?: number, startBefore?: number, marks?: RunMarks): number;
  /** Calls `onMatch` for each match in `text[from, to)`, in order. Allocates nothing per character. */
  scan(text: string, onMatch: (start: number, end: number, termIndex: number) => void, from?: number, to?: number): void;
  /** Convenience for tests and small inputs: `text` is a page of its own (newPage, then scanned twice if an everyday form waited for evidence). */
  matchAll(text: string, marks?: RunMarks): Match[];
  readonly nodeCount: number;
  /**
   * Has this page shown a technology term (an unambiguous glossary match, or a cue word beside an
   * everyday form)? Until it has, an everyday form with only its collocations beside it is not marked.
   */
  readonly pageIsTech: boolean;
  /** Everyday forms the last `find` held back only because the page had shown no technology term yet. */
  readonly deferred: number;
  /** Forgets what the page has shown. */
  newPage(): void;
  /**
   * Why the match `[start, end)` of `text[from, to)` as term `termIndex` was marked, for the card:
   * undefined where the form is no everyday word (it needs no evidence) or has none here.
   */
  explain(text: string, start: number, end: number, termIndex: number, from?: number, to?: number): SenseReason | undefined;
}

const NO_NODE = -1;

/** A hash of `bitsLog2` bits (`shift` = 32 - bitsLog2) of (first node, raw second character). */
export const pairHash = (node: number, raw: number, shift: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(raw, 0x85ebca6b)) >>> shift;

/** Wraps a layout (from `buildLayout`, or from a message through `parseLayout`) for scanning. */
export function matcherOf(layout: MatcherLayout): Matcher {
  const key = keyTable();
  const fold = foldTable();
  const capacity = layout.nodeCount;
  const { childStart, childChar, acceptAs } = layout;
  const rootChild = new Int32Array(0x10000).fill(NO_NODE);
  const rootPairs = layout.rootPairs;
  for (let k = 0; k < rootPairs.length; k += 2) rootChild[rootPairs[k]!] = rootPairs[k + 1]!;
  const pairShift = 32 - layout.pairBitsLog2;
  const pairBits = layout.pairBits;
  // First nodes that are a term by themselves skip the second-character filter.
  const passAlone = new Uint8Array(capacity);
  // Bounded by the slots there are: a wrong number from a message must not make this loop run for ever.
  for (let slot = Math.max(0, childStart[0]!), end = Math.min(childStart[1]!, childChar.length); slot < end; slot++) {
    const first = slot + 1;
    if (acceptAs[first]! !== NO_OUTPUT) passAlone[first] = 1;
  }
  // A node's outputs, read the first time the scan reaches the node.
  const outputsAt = ruleOutputsOf(layout.rules);
  const cues = layout.cues.map((c) => c.toLowerCase());
  const collocations = layout.collocations.map((list) => list.map((c) => c.toLowerCase()));
  // The sense check scans the window around a term with the same trie; sense terms found there
  // do not count as context (豆包 beside 快手 is still breakfast).
  let checkingSense = false;
  const windowFound: number[] = [];
  let pageIsTech = false;
  let deferred = 0;
  let marks: RunMarks | undefined;
  /** Where the last accepted output's match ends (past the form with a version: Qwen2.5-Max). */
  let acceptedEnd = 0;

  const senseWords: SenseWords = { cues, lists: collocations };
  const reason: SenseReason = { kind: 'term', word: '' };
  /** An unambiguous glossary term in `text[lo, hi)` around the form being checked (sense terms do not count). */
  let windowText = '';
  const termNear = (lo: number, hi: number): string | undefined => {
    checkingSense = true;
    const saved = marks;
    try {
      const n = find(windowText, windowFound, lo, hi);
      return n > 0 ? windowText.slice(windowFound[0], windowFound[1]) : undefined;
    } finally {
      checkingSense = false;
      marks = saved;
    }
  };
  /** The evidence for an everyday form at [start, end) (sense-evidence.ts). */
  function senseEvidence(text: string, start: number, end: number, from: number, to: number, out: RuleOutput): SenseVerdict {
    windowText = text;
    return senseVerdict(text, start, end, from, to, out, senseWords, termNear, reason);
  }

  /** Is `at` a place where inline elements meet (a token boundary for Latin forms)? */
  function isBreak(at: number): boolean {
    const breaks = marks?.breaks;
    if (!breaks) return false;
    for (const b of breaks) if (b === at) return true;
    return false;
  }

  /** Does [start, end) overlap code? */
  function inCode(start: number, end: number): boolean {
    const code = marks?.code;
    if (!code) return false;
    for (let k = 0; k < code.length; k += 2) if (code[k]! < end && code[k + 1]! > start) return true;
    return false;
  }

  function child(node: number, code: number): number {
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = childChar[mid]!;
      if (c === code) return mid + 1; // breadth-first numbering: slot s holds node s + 1
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NO_NODE;
  }

  function accepted(list: RuleOutput[], text: string, start: number, end: number, to: number, from: number): RuleOutput | undefined {
    for (const out of list) {
      acceptedEnd = end;
      if (out.startMask !== 0 && touches(text, start, out.startMask, 'start', from, to) && !isBreak(start)) continue;
      // Qwen3, GLM-4.5, Llama 4: a family name with a version that itself ends a token.
      const version = out.versions ? versionEnd(text, end, to, start) : end;
      if (version > end && !(touches(text, version, out.endMask, 'end', from, to) && !isBreak(version))) acceptedEnd = version;
      else if (out.endMask !== 0 && touches(text, end, out.endMask, 'end', from, to) && !isBreak(end)) continue;
      if (out.caseSensitive && !sameFolded(fold, text, start, out.folded)) continue;
      if (out.exclusions && inContext(out.exclusions, text, start, from, to) && !(out.keeps && inContext(out.keeps, text, start, from, to))) continue;
      // A form with a Latin letter is an identifier inside code: not marked there.
      if (marks?.code && hasAsciiLetter(out.folded) && inCode(start, end)) continue;
      if (out.sense) {
        if (checkingSense) continue;
        const endHere = acceptedEnd; // the window's scan accepts other matches
        const evidence = senseEvidence(text, start, end, from, to, out);
        if (evidence === SENSE_MARK) pageIsTech = true;
        else if (evidence === SENSE_NO) continue;
        else if (!pageIsTech) {
          deferred++;
          continue;
        }
        acceptedEnd = endHere;
      }
      return out;
    }
    return undefined;
  }

  function find(text: string, out: number[], from = 0, to = text.length, startAt = from, startBefore = to, runMarks?: RunMarks): number {
    if (!checkingSense) {
      marks = runMarks;
      deferred = 0;
    }
    let written = 0;
    let i = startAt;
    while (i < startBefore) {
      let node = rootChild[text.charCodeAt(i)]!;
      if (node === NO_NODE) {
        i++;
        continue;
      }
      if (passAlone[node] === 0) {
        const h = i + 1 < to ? pairHash(node, text.charCodeAt(i + 1), pairShift) : -1;
        if (h < 0 || (pairBits[h >>> 5]! & (1 << (h & 31))) === 0) {
          i++;
          continue;
        }
      }
      let bestEnd = -1;
      let bestTerm = -1;
      let bestSense = false;
      let j = i + 1;
      for (;;) {
        const accepts = acceptAs[node]!;
        if (accepts >= 0) {
          // A longer term inside a family's version (GPT-4 in GPT-4.1) takes the mark, not its end.
          bestEnd = Math.max(bestEnd, j);
          bestTerm = accepts;
          bestSense = false;
        } else if (accepts === ASK_RULES) {
          const hit = accepted(outputsAt(node), text, i, j, to, from);
          if (hit) {
            bestEnd = Math.max(bestEnd, acceptedEnd);
            bestTerm = hit.termIndex;
            bestSense = hit.sense === true;
          }
        }
        if (j >= to) break;
        const raw = text.charCodeAt(j);
        node = child(node, key[raw] || raw);
        if (node === NO_NODE) break;
        j++;
      }
      if (bestEnd > 0) {
        // An unambiguous term shows that the page is about technology.
        if (!bestSense) pageIsTech = true;
        out[written++] = i;
        out[written++] = bestEnd;
        out[written++] = bestTerm;
        i = bestEnd;
      } else {
        i++;
      }
    }
    return written;
  }

  const matchAll = (text: string, runMarks?: RunMarks): Match[] => {
    const found: number[] = [];
    let n = find(text, found, 0, text.length, 0, text.length, runMarks);
    // Everyday forms before the page's first technology term wait for it, as a page's runs do.
    if (deferred > 0 && pageIsTech) n = find(text, found, 0, text.length, 0, text.length, runMarks);
    const out: Match[] = [];
    for (let k = 0; k < n; k += 3) out.push({ start: found[k]!, end: found[k + 1]!, termIndex: found[k + 2]! });
    return out;
  };

  return {
    find,
    scan(text, onMatch, from, to) {
      const found: number[] = [];
      const n = find(text, found, from, to);
      for (let k = 0; k < n; k += 3) onMatch(found[k]!, found[k + 1]!, found[k + 2]!);
    },
    matchAll(text, runMarks) {
      pageIsTech = false;
      return matchAll(text, runMarks);
    },
    nodeCount: capacity,
    get pageIsTech() {
      return pageIsTech;
    },
    get deferred() {
      return deferred;
    },
    newPage() {
      pageIsTech = false;
      deferred = 0;
    },
    explain(text, start, end, termIndex, from = 0, to = text.length) {
      // The everyday output of this term on the trie path of the match (a versioned name ends past its form).
      let sense: RuleOutput | undefined;
      let formEnd = start;
      let node = rootChild[text.charCodeAt(start)] ?? NO_NODE;
      for (let j = start + 1; node !== NO_NODE && j <= end; j++) {
        if (acceptAs[node] === ASK_RULES) {
          const out = outputsAt(node).find((o) => o.termIndex === termIndex && o.sense);
          if (out) [sense, formEnd] = [out, j];
        }
        if (j === end) break;
        const raw = text.charCodeAt(j);
        node = child(node, key[raw] || raw);
      }
      if (!sense) return undefined;
      const verdict = senseEvidence(text, start, formEnd, from, to, sense);
      if (verdict === SENSE_NO || (verdict !== SENSE_MARK && !pageIsTech)) return undefined;
      return { kind: reason.kind, word: reason.word };
    },
  };
}

/** Does one of `contexts` (each with the form at `at`) stand in `text[from, to)` around a match at `start`? */
function inContext(contexts: { context: string; at: number }[], text: string, start: number, from: number, to: number): boolean {
  const key = keyTable();
  return contexts.some((x) => start - x.at >= from && start - x.at + x.context.length <= to && sameKey(key, text, start - x.at, x.context));
}

/** Does `text` at `start` equal `folded` after folding (exact case)? */
function sameFolded(fold: Uint16Array, text: string, start: number, folded: string): boolean {
  for (let k = 0; k < folded.length; k++) {
    const raw = text.charCodeAt(start + k);
    if ((fold[raw] || raw) !== folded.charCodeAt(k)) return false;
  }
  return true;
}

function hasAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (latinClass(text.charCodeAt(i)) === LATIN_LETTER) return true;
  return false;
}
