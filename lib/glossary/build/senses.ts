/**
 * Which forms of a term are everyday words too (推理 in a detective story, 盘古 the creator, 豆包 a
 * bean bun), decided per form at build from two dictionaries and a reviewed list (data/senses.yaml),
 * and the words that say such a form is meant in its technology sense (推理芯片, 推理 + 成本). The page
 * matcher marks an everyday form only with evidence (data/README.md, "Sense"); every other form of
 * the term (通义千问 beside 通义) is always marked.
 */
import { simplifiedKey, traditionalVariants } from './script-variants';
import { foldText } from '../../text/fold';

/** The reviewed list, data/senses.yaml. */
export interface SenseReview {
  /** Forms read by a person as everyday words too, whatever the dictionaries say (轻量化, 点云). */
  everyday: string[];
  /** Forms the dictionaries would call everyday, read by a person as technology only (人工智能, 显卡). */
  techOnly: string[];
  /** Simplified form → words that, near it on a technology page, say it is meant in its technology sense. */
  collocations: Map<string, string[]>;
  /** Simplified form → words that make a compound with it (推理芯片): evidence on their own. */
  compounds: Map<string, string[]>;
}

/** The everyday vocabulary the build reads: jieba's words with frequencies, CC-CEDICT's headwords. */
export interface EverydayDictionaries {
  frequency: ReadonlyMap<string, number>;
  cedict: ReadonlySet<string>;
  /** CC-CEDICT headwords that are only proper names (华为, 腾讯, 特斯拉): a company's name is no everyday word. */
  names?: ReadonlySet<string>;
}

/**
 * A jieba word at least this frequent that CC-CEDICT also lists is an everyday word (推理 614, 参数
 * 1,670, 蒸馏 263, 盘古 135, 模态 71, 通义 33). Below it, jieba's words are mostly rare technical
 * compounds (激光雷达 3, 显存 8, 文心 6), which need a person's reading (everyday: in senses.yaml).
 */
export const EVERYDAY_MIN_FREQUENCY = 30;
/** Han aliases this short (智元, 通义, 盘古) stand for a longer name and are easily part of other words. */
export const SHORT_ALIAS_MAX = 2;

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;

type Rec = Record<string, unknown>;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

export function readSenseReview(doc: unknown, problems: string[]): SenseReview {
  const rec = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : {}) as Rec;
  if (rec !== doc) problems.push('senses file: must be a mapping with everyday, techOnly, compounds and collocations');
  for (const key of Object.keys(rec)) {
    if (!['everyday', 'techOnly', 'compounds', 'collocations'].includes(key)) problems.push(`senses file: unknown field "${key}"`);
  }
  const list = (key: string) => {
    const v = rec[key] ?? [];
    if (!isTextList(v)) problems.push(`senses file: "${key}" must be a list of forms`);
    return isTextList(v) ? v.map((s) => s.trim()) : [];
  };
  const wordsByForm = (field: string) => {
    const out = new Map<string, string[]>();
    const raw = rec[field] ?? {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) problems.push(`senses file: "${field}" must map forms to lists of words`);
    else {
      for (const [form, words] of Object.entries(raw as Rec)) {
        if (!isTextList(words) || words.length === 0) problems.push(`senses file: ${field} of "${form}" must be a list of words`);
        else out.set(form, words.map((w) => w.trim()));
      }
    }
    return out;
  };
  const review = { everyday: list('everyday'), techOnly: list('techOnly'), collocations: wordsByForm('collocations'), compounds: wordsByForm('compounds') };
  for (const form of review.everyday) if (review.techOnly.includes(form)) problems.push(`senses file: "${form}" is both everyday and techOnly`);
  return review;
}

export interface SenseTerm {
  id: string;
  term: string;
  /** The curated input flag: the term is known to be an everyday word too (豆包, 快手, Sora). */
  sense?: 'tech';
  marked: boolean;
}

/**
 * The dictionary spelling of a folded form: itself, or its Simplified key where the form is that key's
 * Traditional variant (文心 for 文心; not 升腾 for 昇腾: the name's 昇 is not the word's 升).
 */
function dictionarySpelling(form: string): string {
  const key = simplifiedKey(form);
  return key === form || traditionalVariants(key).map(foldText).includes(form) ? key : form;
}

/** Is `form` an everyday word by the dictionaries alone (common in jieba, and in CC-CEDICT other than as a name)? */
export function isDictionaryEveryday(form: string, dictionaries: EverydayDictionaries): boolean {
  const word = dictionarySpelling(form);
  const listed = dictionaries.cedict.has(word) || dictionaries.cedict.has(form);
  const name = dictionaries.names?.has(word) || dictionaries.names?.has(form);
  return ONLY_HAN.test(word) && (dictionaries.frequency.get(word) ?? 0) >= EVERYDAY_MIN_FREQUENCY && listed && !name;
}

/** Is `form` in either dictionary at all (a word, however rare)? */
function isDictionaryWord(form: string, d: EverydayDictionaries): boolean {
  const word = dictionarySpelling(form);
  return d.frequency.has(word) || d.cedict.has(word) || d.cedict.has(form);
}

/**
 * The forms of a term that are marked only with evidence, as folded page forms (both scripts).
 * A reviewed entry decides first; else an everyday dictionary word (both dictionaries, common) or a
 * short Han alias (智元, 通义) is ambiguous. For a `sense: tech` term, so is any form that is a
 * dictionary word, a short Han word or a Latin canonical name (Sora, TPU). A long full name (通义千问,
 * 盘古大模型) never is.
 */
export function everydayForms(t: SenseTerm, forms: readonly string[], dictionaries: EverydayDictionaries, review: SenseReview, used: Set<string>): string[] {
  if (!t.marked) return [];
  const canonical = simplifiedKey(foldText(t.term));
  return forms.filter((form) => {
    const key = simplifiedKey(form);
    const reviewed = (list: string[]) => list.includes(key) || list.includes(form);
    const note = (list: string[]) => used.add(list.includes(form) ? form : key);
    if (reviewed(review.everyday)) return note(review.everyday), true;
    if (reviewed(review.techOnly)) return note(review.techOnly), false;
    if (isDictionaryEveryday(form, dictionaries)) return true;
    const shortHan = ONLY_HAN.test(key) && key.length <= SHORT_ALIAS_MAX;
    if (shortHan && key !== canonical) return true;
    if (t.sense !== 'tech') return false;
    return shortHan || (HAN.test(key) && isDictionaryWord(form, dictionaries)) || (key === canonical && !HAN.test(key));
  });
}

/** The collocations (or compound words) of a term's everyday forms, with their Traditional spellings, folded. */
export function senseWordsOf(field: 'collocations' | 'compounds', forms: readonly string[], review: SenseReview, used: Set<string>): string[] {
  const words = new Set<string>();
  const byForm = review[field];
  for (const form of forms) {
    // Looked up as written (昇思: OpenCC's Simplified key would be 升思) or by its Simplified key.
    const key = byForm.has(form) ? form : simplifiedKey(form);
    for (const word of byForm.get(key) ?? []) {
      used.add(`${field}:${key}`);
      for (const w of [word, ...traditionalVariants(word)]) words.add(foldText(w));
    }
  }
  return [...words];
}

/** Reviewed entries that no marked term's forms use (yet, or any more): told, so the list keeps no stale decisions. */
export function staleSenseReview(review: SenseReview, used: ReadonlySet<string>, problems: string[]): void {
  for (const form of [...review.everyday, ...review.techOnly]) {
    if (!used.has(form) && !used.has(simplifiedKey(form))) problems.push(`senses file: "${form}" is not a form of any marked term`);
  }
  for (const field of ['collocations', 'compounds'] as const) {
    for (const form of review[field].keys()) {
      if (!used.has(`${field}:${form}`)) problems.push(`senses file: ${field} of "${form}", which is not an everyday form of any term`);
    }
  }
}
