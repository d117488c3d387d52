/** Lookups over a loaded glossary, shared by every UI surface. */
import type { Category, Excerpt, Glossary, GlossaryTerm, Source, Story } from './types';

export interface GlossaryIndex {
  glossary: Glossary;
  term(id: string): GlossaryTerm | undefined;
  /** A term's canonical form by id (enough to name a related term without loading it). */
  termName(id: string): string | undefined;
  source(id: string): Source | undefined;
  category(id: string): Category | undefined;
}

export function indexGlossary(glossary: Glossary): GlossaryIndex {
  const terms = new Map(glossary.terms.map((t) => [t.id, t]));
  const sources = new Map(glossary.sources.map((s) => [s.id, s]));
  const categories = new Map(glossary.categories.map((c) => [c.id, c]));
  return {
    glossary,
    term: (id) => terms.get(id),
    termName: (id) => terms.get(id)?.term,
    source: (id) => sources.get(id),
    category: (id) => categories.get(id),
  };
}

/** The story an excerpt comes from, falling back to the source's own headline. */
export function storyOf(source: Source, excerpt: Pick<Excerpt, 'story'>): Story {
  return source.stories[excerpt.story] ?? { title: source.title, author: source.author, offset: 0 };
}

/**
 * The term's spelling in the other script from the one the reader saw: 文生視頻 seen → 文生视频,
 * 文生视频 seen → 文生視頻. Undefined when there is no other spelling (MaaS).
 */
export function otherScriptForm(term: GlossaryTerm, seen: string): string | undefined {
  const base = term.variantOf[seen];
  if (base !== undefined) return base;
  return term.forms.find((f) => term.variantOf[f] === seen);
}

/**
 * The name a list or card shows for a term in the reader's script: its Traditional spelling
 * (文生視頻) where the reader reads Traditional, else the canonical form.
 */
export function headwordOf(term: GlossaryTerm, preference: 'page' | 'simplified' | 'traditional', pageLang: string | undefined): string {
  if (resolveScript(preference, term, undefined, pageLang) !== 'traditional') return term.term;
  return Object.keys(term.variantOf).find((form) => term.variantOf[form] === term.term) ?? term.term;
}

const HAN = /\p{Script=Han}/u;

/**
 * The Chinese name of a term whose headword is Latin (MaaS → 模型即服务, 模型即服務 in Traditional),
 * for lists that would otherwise show no Chinese; undefined for a Chinese headword or a term with no Chinese form.
 */
export function chineseNameOf(term: GlossaryTerm, preference: 'page' | 'simplified' | 'traditional', pageLang: string | undefined): string | undefined {
  if (HAN.test(term.term)) return undefined;
  const han = term.forms.filter((form) => HAN.test(form));
  const traditional = resolveScript(preference, term, undefined, pageLang) === 'traditional';
  return han.find((form) => (term.variantOf[form] !== undefined) === traditional) ?? han[0];
}

/**
 * The script card prose is shown in. "page" follows what the reader is reading: a Traditional
 * spelling seen on the page (文生視頻), else the page's language (zh-TW, zh-Hant, zh-HK).
 */
export function resolveScript(
  preference: 'page' | 'simplified' | 'traditional',
  term: GlossaryTerm,
  seenAs: string | undefined,
  pageLang: string | undefined,
): 'simplified' | 'traditional' {
  if (preference !== 'page') return preference;
  if (seenAs !== undefined && term.variantOf[seenAs] !== undefined) return 'traditional';
  return /^zh[-_](tw|hk|mo|hant)/i.test(pageLang ?? '') ? 'traditional' : 'simplified';
}

/**
 * The reading of the form the reader met: its own where it differs (輝達 → huī dá, 量化 → liàng huà,
 * not the canonical 英伟达's or 模型量化's), the canonical reading for a Latin form (Nvidia).
 */
export function readingOf(term: Pick<GlossaryTerm, 'pinyin' | 'formPinyin'>, form: string): string {
  return (HAN.test(form) && term.formPinyin[form]) || term.pinyin;
}

/**
 * Whether a form the reader met is a Traditional spelling of the term (文生視頻, 輝達): the card names
 * the script beside its reading. A form both scripts write alike (量化) is not, nor a Latin one.
 */
export function isTraditionalForm(term: Pick<GlossaryTerm, 'variantOf'>, form: string): boolean {
  return HAN.test(form) && term.variantOf[form] !== undefined;
}

/** The term's own spelling of a string met on a page or handed over: itself, or the form it matches without case (NVIDIA → Nvidia). */
export function formOf(term: Pick<GlossaryTerm, 'forms'>, met: string | undefined): string | undefined {
  if (met === undefined) return undefined;
  return term.forms.includes(met) ? met : term.forms.find((f) => f.toLowerCase() === met.toLowerCase());
}
