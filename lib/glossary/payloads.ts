/** Builds the message payloads the background serves from a loaded glossary. */
import type { EntryPayload, MatchTable } from '../messages';
import type { GlossaryIndex } from './lookup';
import type { Glossary } from './types';

export function matchTableOf(glossary: Glossary): MatchTable {
  return {
    ids: glossary.terms.map((t) => t.id),
    forms: glossary.terms.map((t) => t.forms),
    caseSensitive: glossary.terms.map((t) => t.caseSensitive),
    exclude: glossary.terms.map((t) => t.exclude),
  };
}

export function entryPayloadOf(index: GlossaryIndex, id: string): EntryPayload | null {
  const term = index.term(id);
  if (!term) return null;
  const passages = [...term.excerpts, term.definition.passage, term.inSources?.passage];
  const sourceIds = new Set(passages.flatMap((p) => (p ? [p.source] : [])));
  return {
    term,
    related: term.related.flatMap((r) => {
      const t = index.term(r);
      return t ? [{ id: t.id, term: t.term }] : [];
    }),
    sources: index.glossary.sources.filter((s) => sourceIds.has(s.id)),
    categories: index.glossary.categories.filter((c) => c.id === term.category),
  };
}
