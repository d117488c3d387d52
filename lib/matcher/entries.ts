/** Matcher entries straight from glossary terms: every form of every term, indexed by the term's position. */
import type { GlossaryTerm } from '../glossary/types';
import type { MatcherEntry } from './compile';

/** What a matcher is compiled from: a term's id, its forms and its matching rules, nothing of its definitions. */
export type MatchableTerm = Pick<GlossaryTerm, 'id' | 'forms' | 'caseSensitive' | 'exclude'> &
  Partial<Pick<GlossaryTerm, 'keep' | 'sense' | 'senseForms' | 'collocations' | 'compounds' | 'strong' | 'against' | 'marked' | 'digitsMayTouch' | 'versions'>>;

/** Is `form` an everyday word too? Per form where the glossary says which; else the whole term's `sense`. */
const isEverydayForm = (term: MatchableTerm, form: string) => (term.senseForms ? term.senseForms.includes(form) : term.sense === 'tech');

/**
 * Terms with `marked: false` (slogans, everyday policy words) keep their index but bring no forms,
 * unless `includeUnmarked`.
 */
export function entriesOfTerms(terms: readonly MatchableTerm[], options: { includeUnmarked?: boolean } = {}): MatcherEntry[] {
  return terms.flatMap((term, termIndex) =>
    term.marked === false && !options.includeUnmarked
      ? []
      : term.forms.map((form) => ({
          form,
          termIndex,
          caseSensitive: term.caseSensitive !== false,
          exclude: term.exclude,
          keep: term.keep,
          sense: isEverydayForm(term, form),
          collocations: term.collocations,
          compounds: term.compounds,
          strong: term.strong,
          against: term.against,
          digitsMayTouch: term.digitsMayTouch === true,
          versions: term.versions === true,
        })),
  );
}
