/** Builds the message payloads the background serves from a loaded glossary. */
import type { EntryPayload, MatchTable } from '../messages';
import type { GlossaryIndex } from './lookup';
import type { Glossary } from './types';

/**
 * The forms the page matcher looks for. Terms with `marked: false` (slogans, everyday policy words)
 * keep their index but bring no forms, unless `includeUnmarked`.
 */
export function matchTableOf(glossary: Glossary, options: { includeUnmarked?: boolean } = {}): MatchTable {
  const { terms } = glossary;
  return {
    ids: terms.map((t) => t.id),
    forms: terms.map((t) => (t.marked === false && !options.includeUnmarked ? [] : t.forms)),
    caseSensitive: terms.map((t) => t.caseSensitive),
    exclude: terms.map((t) => t.exclude),
    keep: terms.map((t) => t.keep ?? []),
    sense: terms.map((t) => t.sense === 'tech'),
    digitsMayTouch: terms.map((t) => t.digitsMayTouch === true),
  };
}

export function entryPayloadOf(index: GlossaryIndex, id: string): EntryPayload | null {
  const term = index.term(id);
  if (!term) return null;
  const sourceIds = new Set([...term.excerpts.map((e) => e.source), ...(term.definition.passage ? [term.definition.passage.source] : [])]);
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
