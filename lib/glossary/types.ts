/**
 * The glossary format (data/glossary.json). It is a public format: user glossaries will be
 * imported in it. Documented in data/README.md — change both together and bump GLOSSARY_VERSION.
 */

export const GLOSSARY_VERSION = 1;

export type Script = 'zh-Hans' | 'zh-Hant';

export interface Category {
  id: string;
  zh: string;
  en: string;
}

export interface Story {
  title: string;
  author: string;
  /** UTF-16 offset of the story's heading in the seed file. */
  offset: number;
}

export interface Source {
  id: string;
  file: string;
  /** SHA-256 of the seed file's bytes: excerpt offsets are only valid against exactly this text. */
  sha256: string;
  title: string;
  subtitle?: string;
  publication: string;
  author: string;
  /** As precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  dateNote?: string;
  script: Script;
  url?: string;
  stories: Story[];
}

/** A verbatim passage of a seed: `seedText.slice(offset, offset + text.length) === text`. */
export interface Passage {
  source: string;
  offset: number;
  text: string;
}

export interface Excerpt extends Passage {
  /** Where the term stands inside `text`: [start, end) in UTF-16 units. */
  mark: [number, number];
  /** Index into the source's `stories` (seeds may hold several articles). */
  story: number;
  /** True where the excerpt was cut inside a sentence at that end. */
  clippedStart?: true;
  clippedEnd?: true;
}

export type DefinitionBasis = 'seed' | 'context';

export interface Definition {
  zh: string;
  en: string;
  /** `seed`: paraphrases a seed's own explanation (`passage`); `context`: TermLens adds general context. */
  basis: DefinitionBasis;
  passage?: Passage;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  english: string;
  /** Every string a page may write for this term, canonical first; matched on pages. */
  forms: string[];
  /** Each script variant in `forms` → the curated spelling it renders (文生視頻 → 文生视频). */
  variantOf: Record<string, string>;
  /** Curated other names (a subset of `forms` before script variants were added). */
  aliases: string[];
  category: string;
  /** Toned pinyin of the canonical form ('' when it has no Han characters). */
  pinyin: string;
  /** Toned pinyin of other Han forms, where it differs from `pinyin`. */
  formPinyin: Record<string, string>;
  /** Whether Latin letters must match case exactly (acronyms: true). */
  caseSensitive: boolean;
  /** Longer strings, in both scripts, in which a form is NOT this term (可灵活 for 可灵). */
  exclude: string[];
  definition: Definition;
  excerpts: Excerpt[];
  related: string[];
  /** Occurrences per source id, leftmost-longest over the whole glossary; sources with none omitted. */
  occurrences: Record<string, number>;
}

export interface Glossary {
  version: number;
  categories: Category[];
  sources: Source[];
  terms: GlossaryTerm[];
}
