/** The headline counts of a score, as the tests pin them and the README states them. */
import type { Score } from './score';

export interface Figures {
  pages: number;
  techPages: number;
  everydayChars: number;
  /** Everyday text: marks right, false marks, labelled marks missed. */
  everyday: [right: number, falseMarks: number, missed: number];
  /** Tech text: the same. */
  tech: [right: number, falseMarks: number, missed: number];
  /** Labelled everyday uses marked, of all labelled. */
  trapsMarked: [marked: number, of: number];
  /** Labels whose term the glossary does not hold yet. */
  awaitingTerms: number;
}

export function figuresOf(score: Score): Figures {
  return {
    pages: score.items,
    techPages: score.techItems,
    everydayChars: score.nonTechChars,
    everyday: [score.nonTech.right, score.nonTech.falseMarks, score.nonTech.missed],
    tech: [score.tech.right, score.tech.falseMarks, score.tech.missed],
    trapsMarked: [score.trapsMarked, score.traps],
    awaitingTerms: score.awaitingTerms,
  };
}
