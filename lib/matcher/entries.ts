/** Matcher entries straight from glossary terms: every form of every term, indexed by the term's position. */
import type { GlossaryTerm } from '../glossary/types';
import type { MatcherEntry } from './compile';

/** What a matcher is compiled from: a term's id and its forms, nothing of its definitions. */
export type MatchableTerm = Pick<GlossaryTerm, 'id' | 'forms' | 'caseSensitive' | 'exclude'>;

export function entriesOfTerms(terms: readonly MatchableTerm[]): MatcherEntry[] {
  return terms.flatMap((term, termIndex) =>
    term.forms.map((form) => ({ form, termIndex, caseSensitive: term.caseSensitive !== false, exclude: term.exclude })),
  );
}
