/**
 * Reference scanner: leftmost-longest, non-overlapping matching of a glossary's forms, with the
 * Latin word-boundary, case and exclusion-context rules. Written for clarity, not speed — the build
 * uses it to count occurrences in the seeds, and the fast page matcher is tested against it.
 */
import { edgeMask, touches } from '../../text/fold';

export interface ScanForm {
  /** The form as it must appear in the scanned text. */
  text: string;
  termIndex: number;
  caseSensitive: boolean;
  /** Strings containing `text` in which it is NOT a match for this term. */
  exclude: readonly string[];
  /** Longer strings in which `text` IS this term even inside an `exclude` string. */
  keep?: readonly string[];
  digitsMayTouch?: boolean;
}

export interface ScanHit {
  termIndex: number;
  start: number;
  end: number;
}

interface Candidate {
  text: string;
  lower: string;
  termIndex: number;
  caseSensitive: boolean;
  /** Neighbours that may not touch the first and last character (`edgeMask`). */
  startMask: number;
  endMask: number;
  /** Each exclusion (and kept context) as the context and where the form sits inside it. */
  exclusions: { context: string; at: number }[];
  keeps: { context: string; at: number }[];
}

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function exclusionsOf(form: ScanForm, contexts: readonly string[]): Candidate['exclusions'] {
  const out: Candidate['exclusions'] = [];
  const key = lowerAscii(form.text);
  for (const raw of contexts) {
    const context = lowerAscii(raw);
    for (let at = context.indexOf(key); at >= 0; at = context.indexOf(key, at + 1)) {
      out.push({ context, at });
    }
  }
  return out;
}

export function createReferenceScanner(forms: readonly ScanForm[]): (text: string) => ScanHit[] {
  // Candidates by their first (lower-cased) character, longest first, so the first that fits wins.
  const byFirst = new Map<string, Candidate[]>();
  for (const form of forms) {
    if (form.text.length === 0) continue;
    const lower = lowerAscii(form.text);
    const candidate: Candidate = {
      text: form.text,
      lower,
      termIndex: form.termIndex,
      caseSensitive: form.caseSensitive,
      startMask: edgeMask(form.text.charCodeAt(0), 'start', form.digitsMayTouch),
      endMask: edgeMask(form.text.charCodeAt(form.text.length - 1), 'end', form.digitsMayTouch),
      exclusions: exclusionsOf(form, form.exclude),
      keeps: exclusionsOf(form, form.keep ?? []),
    };
    const bucket = byFirst.get(lower[0]!) ?? [];
    bucket.push(candidate);
    byFirst.set(lower[0]!, bucket);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.text.length - a.text.length);

  return (text: string) => {
    const lower = lowerAscii(text);
    const hits: ScanHit[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = longestAt(byFirst.get(lower[i]!), text, lower, i);
      if (hit) {
        hits.push({ termIndex: hit.termIndex, start: i, end: i + hit.text.length });
        i += hit.text.length;
      } else {
        i++;
      }
    }
    return hits;
  };
}

function longestAt(
  bucket: Candidate[] | undefined,
  text: string,
  lower: string,
  start: number,
): Candidate | undefined {
  if (!bucket) return undefined;
  for (const candidate of bucket) {
    const matches = candidate.caseSensitive
      ? text.startsWith(candidate.text, start)
      : lower.startsWith(candidate.lower, start);
    if (!matches) continue;
    const end = start + candidate.text.length;
    if (touches(text, start, candidate.startMask, 'start', 0, text.length)) continue;
    if (touches(text, end, candidate.endMask, 'end', 0, text.length)) continue;
    // Exclusion contexts compare without case: they name words, not spellings.
    const within = (x: { context: string; at: number }) => start >= x.at && lower.startsWith(x.context, start - x.at);
    if (candidate.exclusions.some(within) && !candidate.keeps.some(within)) continue;
    return candidate;
  }
  return undefined;
}
