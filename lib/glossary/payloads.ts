/** The entry the background serves from a loaded glossary: one term and just enough around it to render it. */
import type { GlossaryIndex } from './lookup';
import { rankedRelated, type RelatedName } from './related-rank';
import type { Category, GlossaryTerm, Source } from './types';
import type { TermStatus } from '../term-status';

/** A full entry and just enough of the glossary to render it. */
export interface EntryPayload {
  term: GlossaryTerm;
  /** Most relevant first (see related-rank.ts). */
  related: RelatedName[];
  sources: Source[];
  categories: Category[];
  /** The reader's own note on this term, shown beside the entry (never in place of it). */
  note?: string;
  /** The reader's status for this term (a card's status controls start from it). */
  status?: TermStatus;
}

export function entryPayloadOf(index: GlossaryIndex, id: string): EntryPayload | null {
  const term = index.term(id);
  if (!term) return null;
  const passages = [...term.excerpts, term.definition.passage, term.inSources?.passage];
  const sourceIds = new Set(passages.flatMap((p) => (p ? [p.source] : [])));
  return {
    term,
    related: rankedRelated(index, term),
    sources: index.glossary.sources.filter((s) => sourceIds.has(s.id)),
    categories: index.glossary.categories.filter((c) => c.id === term.category),
  };
}
