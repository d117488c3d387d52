/**
 * Scores the page marks against the corpus labels. A mark is right only with the labelled term,
 * start and end; anything else the page paints is a false mark, and a labelled mark not painted
 * is a miss. Labels naming a term the glossary does not hold yet are set aside (counted, not scored).
 */
import { isTech, type CorpusItem } from './corpus';
import type { PageMark, PageMarker } from './page-marks';

export interface Counts {
  /** Marks painted as labelled. */
  right: number;
  /** Marks painted that no label asks for. */
  falseMarks: number;
  /** Labelled marks not painted. */
  missed: number;
}

export interface FormStats extends Counts {
  form: string;
  /** Everyday uses of the form labelled as traps, and how many of them were painted. */
  traps: number;
  trapsMarked: number;
}

export type ErrorKind = 'missed' | 'trap marked' | 'wrong term or span' | 'unlabelled mark';

export interface ScoreError {
  id: string;
  kind: ErrorKind;
  form: string;
  /** The term painted (for false marks) or labelled (for misses). */
  term: string;
  at: number;
  /** The text around the error, the form in 【】. */
  context: string;
}

export interface Score {
  items: number;
  techItems: number;
  techChars: number;
  nonTechChars: number;
  tech: Counts;
  nonTech: Counts;
  traps: number;
  trapsMarked: number;
  /** Labels whose term is not in the glossary: not scored. */
  awaitingTerms: number;
  forms: FormStats[];
  errors: ScoreError[];
}

const CONTEXT_CHARS = 12;

export function scoreCorpus(items: readonly CorpusItem[], marker: PageMarker): Score {
  const score: Score = {
    items: items.length, techItems: 0, techChars: 0, nonTechChars: 0,
    tech: { right: 0, falseMarks: 0, missed: 0 }, nonTech: { right: 0, falseMarks: 0, missed: 0 },
    traps: 0, trapsMarked: 0, awaitingTerms: 0, forms: [], errors: [],
  };
  const forms = new Map<string, FormStats>();
  const formStats = (form: string) => {
    let s = forms.get(form);
    if (!s) forms.set(form, (s = { form, right: 0, falseMarks: 0, missed: 0, traps: 0, trapsMarked: 0 }));
    return s;
  };
  for (const item of items) {
    const tech = isTech(item);
    const counts = tech ? score.tech : score.nonTech;
    if (tech) {
      score.techItems++;
      score.techChars += item.text.length;
    } else {
      score.nonTechChars += item.text.length;
    }
    const painted = marker.marksOf(item.text);
    const unmatched = new Set<PageMark>(painted);
    const error = (kind: ErrorKind, form: string, term: string, at: number) => score.errors.push({ id: item.id, kind, form, term, at, context: contextOf(item.text, at, form.length) });
    for (const label of item.marks) {
      if (!marker.termIds.has(label.term)) {
        score.awaitingTerms++;
        continue;
      }
      const hit = painted.find((m) => m.term === label.term && m.start === label.at && m.end === label.at + label.form.length);
      if (hit) {
        unmatched.delete(hit);
        counts.right++;
        formStats(label.form).right++;
      } else {
        counts.missed++;
        formStats(label.form).missed++;
        error('missed', label.form, label.term, label.at);
      }
    }
    for (const trap of item.traps) {
      score.traps++;
      const stats = formStats(trap.form);
      stats.traps++;
      if (painted.some((m) => m.start < trap.at + trap.form.length && trap.at < m.end)) {
        score.trapsMarked++;
        stats.trapsMarked++;
      }
    }
    for (const mark of unmatched) {
      // A mark over a label whose term is still awaited is neither right nor wrong yet.
      const overAwaited = item.marks.some((l) => !marker.termIds.has(l.term) && overlaps(mark, l.at, l.form.length));
      if (overAwaited) continue;
      const form = item.text.slice(mark.start, mark.end);
      counts.falseMarks++;
      formStats(form).falseMarks++;
      const kind: ErrorKind = item.traps.some((t) => overlaps(mark, t.at, t.form.length))
        ? 'trap marked'
        : item.marks.some((l) => overlaps(mark, l.at, l.form.length))
          ? 'wrong term or span'
          : 'unlabelled mark';
      error(kind, form, mark.term, mark.start);
    }
  }
  score.forms = [...forms.values()].sort((a, b) => a.form.localeCompare(b.form, 'zh'));
  return score;
}

const overlaps = (mark: PageMark, at: number, length: number) => mark.start < at + length && at < mark.end;

function contextOf(text: string, at: number, length: number): string {
  const before = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const after = text.slice(at + length, at + length + CONTEXT_CHARS);
  return `${before}【${text.slice(at, at + length)}】${after}`.replace(/\n/g, '⏎');
}

/** right / (right + false marks); 1 when nothing was painted. */
export const precisionOf = (c: Counts) => (c.right + c.falseMarks === 0 ? 1 : c.right / (c.right + c.falseMarks));
/** right / (right + missed); 1 when nothing was labelled. */
export const recallOf = (c: Counts) => (c.right + c.missed === 0 ? 1 : c.right / (c.right + c.missed));
/** False marks per 10,000 characters of everyday (non-tech) text. */
export const falseMarksPer10k = (s: Score) => (s.nonTechChars === 0 ? 0 : (s.nonTech.falseMarks * 10_000) / s.nonTechChars);
