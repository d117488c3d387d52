/** Ordering and grouping of terms for the sidebar's lists. Pure. */
import { normalizeQuery, tonelessPinyin } from '../search';
import type { Category, Glossary, GlossaryTerm } from './types';

/** Sort key: toneless pinyin for Chinese terms, the lower-cased term for Latin ones (MaaS, VAST). */
export function pinyinKey(term: GlossaryTerm): string {
  return term.pinyin ? tonelessPinyin(term.pinyin) : term.term.toLowerCase();
}

export const byPinyin = (a: GlossaryTerm, b: GlossaryTerm) => pinyinKey(a).localeCompare(pinyinKey(b), 'en') || a.term.localeCompare(b.term);

/** Pinyin initials of a term's readings (quan mo tai → qmt), as the popup's search accepts them. */
function initialsOf(term: GlossaryTerm): string[] {
  return [term.pinyin, ...Object.values(term.formPinyin)]
    .filter(Boolean)
    .map((p) => tonelessPinyin(p).split(' ').map((s) => (/^[a-z]/.test(s) ? s[0] : s)).join(''));
}

/** Does a term match a filter typed in either script, in English, in pinyin (with or without spaces) or as pinyin initials? */
export function matchesFilter(term: GlossaryTerm, filter: string): boolean {
  const q = normalizeQuery(filter);
  if (!q) return true;
  const key = pinyinKey(term);
  const haystacks = [...term.forms, ...term.aliases, term.english, key, key.replace(/ /g, '')];
  if (haystacks.some((h) => normalizeQuery(h).includes(q) || normalizeQuery(h).includes(q.replace(/ /g, '')))) return true;
  return /^[a-z]{2,}$/.test(q) && initialsOf(term).some((i) => i.startsWith(q));
}

/** The glossary's categories in their own order, each with its (filtered) terms sorted by pinyin; empty ones left out. */
export function groupByCategory(glossary: Glossary, filter = ''): { category: Category; terms: GlossaryTerm[] }[] {
  return glossary.categories
    .map((category) => ({
      category,
      terms: glossary.terms.filter((t) => t.category === category.id && matchesFilter(t, filter)).sort(byPinyin),
    }))
    .filter((group) => group.terms.length > 0);
}

/** A page's terms for the "On this page" list: most frequent first, then by pinyin. */
export function pageTermList(glossary: Glossary, counts: readonly [string, number][]): { term: GlossaryTerm; count: number }[] {
  const byId = new Map(glossary.terms.map((t) => [t.id, t]));
  return counts
    .flatMap(([id, count]) => {
      const term = byId.get(id);
      return term ? [{ term, count }] : [];
    })
    .sort((a, b) => b.count - a.count || byPinyin(a.term, b.term));
}
