/**
 * Every glossary form in a text, whatever the matching rules say (boundaries, senses, exclusions):
 * what a labeller must decide on, one way or the other. Leftmost-longest over all marked terms'
 * forms; Latin letters compared without case where the term is not case-sensitive.
 */
import type { Glossary } from '../../lib/glossary/types';

export interface Candidate {
  form: string;
  term: string;
  at: number;
}

export function candidateFinder(glossary: Glossary): (text: string) => Candidate[] {
  const byFirst = new Map<string, { form: string; term: string; folded: boolean }[]>();
  for (const term of glossary.terms) {
    if (term.marked === false) continue;
    const folded = term.caseSensitive === false;
    for (const form of term.forms) {
      const first = folded ? form[0]!.toLowerCase() : form[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ form: folded ? form.toLowerCase() : form, term: term.id, folded });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return (text) => {
    const lower = text.toLowerCase();
    const found: Candidate[] = [];
    for (let i = 0; i < text.length; ) {
      const options = [...(byFirst.get(text[i]!) ?? []), ...(byFirst.get(lower[i]!) ?? [])].sort((a, b) => b.form.length - a.form.length);
      const hit = options.find((o) => (o.folded ? lower : text).startsWith(o.form, i));
      if (!hit) {
        i++;
        continue;
      }
      found.push({ form: text.slice(i, i + hit.form.length), term: hit.term, at: i });
      i += hit.form.length;
    }
    return found;
  };
}
