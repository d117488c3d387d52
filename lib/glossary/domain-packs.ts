/**
 * The glossary's nine domains as packs a reader switches on or off: a domain switched off leaves
 * its bundled terms unmarked on pages (still searchable in the popup and the side panel); the
 * reader's own terms are marked whatever their tags say.
 */
import type { Category, GlossaryTerm } from './types';

/** The terms of the domains switched on; the same array when none is off. */
export function termsInDomains<T extends Pick<GlossaryTerm, 'category'>>(terms: readonly T[], offDomains: readonly string[]): readonly T[] {
  if (offDomains.length === 0) return terms;
  const off = new Set(offDomains);
  return terms.filter((t) => !off.has(t.category));
}

/** Whether two lists of switched-off domains differ as sets (a rebuild of the page matcher is due). */
export function domainsChanged(before: readonly string[], after: readonly string[]): boolean {
  const a = new Set(before);
  const b = new Set(after);
  return a.size !== b.size || [...a].some((id) => !b.has(id));
}

/** A domain's name in the interface language: Traditional Chinese, Simplified Chinese or English. */
export function domainName(category: Category, uiLang: string): string {
  if (/^zh[-_](tw|hk|mo|hant)/i.test(uiLang)) return category.zhHant ?? category.zh;
  return /^zh/i.test(uiLang) ? category.zh : category.en;
}
