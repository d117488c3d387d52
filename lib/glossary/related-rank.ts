/**
 * Related terms, most relevant first. A term's related list is written in no particular order and
 * runs to 22 (GPU); the card shows the first few, so the order matters. A related term that shares
 * more of the term's other neighbours sits closer to it (英伟达 and A100 share CUDA, H100, HBM…;
 * 深度学习 shares little with GPU's hardware), and the list's own order breaks ties.
 */
import { headwordOf, type GlossaryIndex } from './lookup';
import type { GlossaryTerm } from './types';

/** A related term as a card names it: canonical form, and its Traditional spelling where it has one. */
export interface RelatedName {
  id: string;
  term: string;
  /** The name a Traditional reader sees (文生視頻); absent where it is the same as `term`. */
  termHant?: string;
}

export function rankedRelated(index: GlossaryIndex, term: GlossaryTerm): RelatedName[] {
  const own = new Set(term.related);
  const found = term.related.flatMap((id, order) => {
    const related = index.term(id);
    if (!related) return [];
    const shared = related.related.reduce((n, other) => n + (own.has(other) ? 1 : 0), 0);
    return [{ related, order, shared }];
  });
  found.sort((a, b) => b.shared - a.shared || a.order - b.order);
  return found.map(({ related }) => {
    const hant = headwordOf(related, 'traditional', undefined);
    return hant === related.term ? { id: related.id, term: related.term } : { id: related.id, term: related.term, termHant: hant };
  });
}
