/** What a TermCard shows: one term and only the glossary records it names, however they were fetched. */
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { rankedRelated, type RelatedName } from '../lib/glossary/related-rank';
import type { Category, GlossaryTerm, Source } from '../lib/glossary/types';

export interface CardEntry {
  term: GlossaryTerm;
  category?: Category;
  /** The sources the term's definition, note and excerpts cite (others may be left out). */
  sources: readonly Source[];
  /** Related terms, with the names each is shown by, most relevant first. */
  related: readonly RelatedName[];
  /** The reader's own note, shown under the definition (layered over the entry, never replacing it). */
  note?: string;
}

/** A CardEntry from a loaded glossary (popup, sidebar). */
export function cardEntryOf(index: GlossaryIndex, term: GlossaryTerm): CardEntry {
  return {
    term,
    category: index.category(term.category),
    sources: index.glossary.sources,
    related: rankedRelated(index, term),
  };
}

/** The English gloss worth showing beside the headword: none where it only repeats it (OpenAI on a page that writes OpenAI). */
export function englishGlossOf(term: Pick<GlossaryTerm, 'english'>, seenAs: string): string | undefined {
  return term.english && term.english.toLowerCase() !== seenAs.toLowerCase() ? term.english : undefined;
}
