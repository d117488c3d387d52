/**
 * Which terms are proper names (a company, product, institution, event, official title): their
 * characters are kept in Traditional text and no Taiwan wording is generated for them (百川智能 has
 * no 百川智慧 form; 中国电信人工智能研究院 stays 人工智能 in a definition), while common nouns take
 * Taiwan wording everywhere (人工智能 → 人工智慧, 芯片 → 晶片).
 */
import type { CuratedTerm } from './inputs';

/**
 * The data's `properName`, or else what the English name says: one written with a capital and a
 * small letter in its first word (Baichuan AI, OpenAI, World Artificial Intelligence Conference) is
 * a name; a lower-case name or one opening with an acronym (large model, AI chip, EU AI Act,
 * H100) is not. Terms the inference gets wrong say so in the data.
 */
export function isProperName(t: Pick<CuratedTerm, 'english' | 'properName'>): boolean {
  if (t.properName !== undefined) return t.properName;
  const first = t.english.split(/[\s,(/-]/, 1)[0]!;
  return /^[A-Z]/.test(first) && /[a-z]/.test(first);
}

/** The strings kept as written in a term's Traditional prose: every proper name of the glossary, and the term's own kept strings. */
export function keptNames(terms: readonly CuratedTerm[]): { all: string[]; of: (t: CuratedTerm) => string[] } {
  const all = terms.filter(isProperName).flatMap((t) => [t.term, ...t.aliases]);
  return { all, of: (t) => (t.keepInTraditional.length === 0 ? all : [...all, ...t.keepInTraditional]) };
}
