/**
 * The glossary the background serves: downloaded packs over the bundled glossary. A pack term
 * replaces the bundled term of the same id (ids are stable across versions, so a status or a note
 * follows the term), a new id is added, and a form a higher layer holds is taken from the lower
 * term (the matcher marks it for the higher one). Own terms rank above all of this
 * (lib/matcher/with-own.ts); with no pack applied, this is the bundled glossary itself.
 */
import type { Glossary, GlossaryTerm, Passage } from '../glossary/types';

/** A pack's terms, highest-ranking layer first. */
export interface PackLayer {
  terms: readonly GlossaryTerm[];
}

/**
 * A term's excerpts and quoted passages point into source articles the extension ships; one naming
 * a source this build lacks (a newer release's article) is left out rather than shown without it.
 */
function withKnownSources(term: GlossaryTerm, sources: ReadonlySet<string>): GlossaryTerm {
  const known = (p: Passage | undefined) => p === undefined || sources.has(p.source);
  if (term.excerpts.every(known) && known(term.definition.passage) && known(term.inSources?.passage)) return term;
  const out: GlossaryTerm = { ...term, excerpts: term.excerpts.filter(known), definition: { ...term.definition } };
  if (!known(out.definition.passage)) {
    delete out.definition.passage;
    out.definition.basis = 'context';
  }
  if (out.inSources && !known(out.inSources.passage)) {
    out.inSources = { ...out.inSources };
    delete out.inSources.passage;
  }
  return out;
}

export function glossaryWithPacks(bundled: Glossary, layers: readonly PackLayer[]): Glossary {
  if (layers.every((l) => l.terms.length === 0)) return bundled;
  const sources = new Set(bundled.sources.map((s) => s.id));
  const ranked: GlossaryTerm[] = [];
  const seen = new Set<string>();
  for (const term of [...layers.flatMap((l) => l.terms.map((t) => withKnownSources(t, sources))), ...bundled.terms]) {
    if (seen.has(term.id)) continue;
    seen.add(term.id);
    ranked.push(term);
  }
  const taken = new Set<string>();
  const terms = ranked.map((term) => {
    const forms = term.forms.filter((f) => !taken.has(f));
    for (const form of forms) taken.add(form);
    return forms.length === term.forms.length ? term : { ...term, forms };
  });
  return { ...bundled, terms };
}
