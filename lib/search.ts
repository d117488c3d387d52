/**
 * Glossary search: fuzzy over every form (both scripts), English names and pinyin with tone marks,
 * tone numbers or none, and as initials (qmt → 全模态); a swap of two letters is one typing error
 * (wrold model → 世界模型). Pure: takes the glossary, returns ranked terms.
 */
import Fuse from 'fuse.js';
import type { Glossary, GlossaryTerm } from './glossary/types';
import { editDistance } from './text/edit-distance';
import { foldText } from './text/fold';
import { numberedPinyin, tonelessPinyin } from './text/pinyin-query';

export { numberedPinyin, tonelessPinyin };

/** What a searchable string is: each kind has its own tolerance for typing errors. */
type SearchKind = 'forms' | 'pinyin' | 'english' | 'definitions';

/** One string of one term: Fuse scores it alone, so a term with many forms gains nothing by count. */
interface SearchRecord {
  term: GlossaryTerm;
  kind: SearchKind;
  text: string;
}

/**
 * The worst Fuse score (errors ÷ query length, location ignored) each kind accepts. Measured on the
 * labelled queries in tests/search.test.ts: real typos score ≤ 0.14 on names ("nueral network",
 * "humanoid robt") and 0.09 on pinyin ("quan mo tia"); near misses reach 0.11 on pinyin ("wen
 * sheng" in "hua wei sheng teng", "zhong guo ren" → 空天院 0.15) and 0.25–0.3 anywhere ("xiong an",
 * "shuijiao", "hello world" in a definition). Definitions are long prose: only an exact phrase counts.
 */
export const MAX_SCORE: Record<SearchKind, number> = { forms: 0.15, english: 0.15, pinyin: 0.1, definitions: 0.001 };

/** Between equal scores, a form outranks a reading, a reading an English name, a name a definition. */
const KIND_RANK: Record<SearchKind, number> = { forms: 0, pinyin: 1, english: 2, definitions: 3 };

interface TermKeys {
  term: GlossaryTerm;
  forms: string[];
  english: string;
  /** Every English name: the whole, without its brackets, what the brackets hold (AI, GPS), each "; " part, Latin aliases. */
  names: string[];
  /** Toneless pinyin of the headword, spaced and joined: "quan mo tai", "quanmotai"; then of the other forms. */
  pinyin: string[];
  otherPinyin: string[];
  initials: string[];
  otherInitials: string[];
  /** Forms and names without spaces, hyphens and dots: "gpt4" is GPT-4, "qwen25" Qwen2.5. */
  squeezed: string[];
}

const squeeze = (text: string) => text.replace(/[\s\-_.·]/g, '');

const LATIN = /^[\x20-\x7e]+$/;

function englishNames(term: GlossaryTerm): string[] {
  const english = term.english.toLowerCase().replace(/-/g, ' ');
  const names = new Set([english]);
  for (const part of english.split(/;\s*/)) {
    names.add(part.trim());
    names.add(part.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim());
    for (const [, inside] of part.matchAll(/\(([^)]*)\)/g)) for (const name of inside!.split(/,\s*/)) names.add(name.trim());
  }
  for (const alias of term.aliases) if (LATIN.test(alias)) names.add(alias.toLowerCase().replace(/-/g, ' '));
  names.delete('');
  return [...names];
}

function readingKeys(readings: readonly string[]): { pinyin: string[]; initials: string[] } {
  const pinyin = new Set<string>();
  const initials = new Set<string>();
  for (const r of readings.filter(Boolean).map(tonelessPinyin)) {
    pinyin.add(r);
    pinyin.add(r.replace(/ /g, ''));
    initials.add(r.split(' ').map((s) => (/^[a-z]/.test(s) ? s[0] : s)).join(''));
  }
  return { pinyin: [...pinyin], initials: [...initials] };
}

function termKeys(term: GlossaryTerm): TermKeys {
  const main = readingKeys([term.pinyin]);
  const other = readingKeys(Object.values(term.formPinyin));
  const forms = term.forms.map((f) => f.toLowerCase());
  const names = englishNames(term);
  return {
    term,
    forms,
    english: term.english.toLowerCase().replace(/-/g, ' '),
    names,
    squeezed: [...new Set([...forms, ...names].map(squeeze))],
    pinyin: main.pinyin,
    otherPinyin: other.pinyin.filter((p) => !main.pinyin.includes(p)),
    initials: main.initials,
    otherInitials: other.initials.filter((i) => !main.initials.includes(i)),
  };
}

function searchRecords(keys: TermKeys): SearchRecord[] {
  const { term } = keys;
  const out: SearchRecord[] = [];
  for (const text of keys.forms) out.push({ term, kind: 'forms', text });
  for (const text of [...keys.pinyin, ...keys.otherPinyin]) out.push({ term, kind: 'pinyin', text });
  for (const text of keys.names) out.push({ term, kind: 'english', text });
  // Last resort: a word that only a definition holds (卫星 → 天数天算, 星载计算…).
  out.push({ term, kind: 'definitions', text: term.definition.zh }, { term, kind: 'definitions', text: term.definition.en.toLowerCase() });
  return out;
}

/**
 * How exactly a term answers a query, best first: a form; an English name, the headword's reading,
 * or a form or name as typed without its spaces and hyphens; another form's reading (a Taiwan word's); the headword's initials; another form's
 * initials. Undefined when nothing is exact.
 */
function exactTier(keys: TermKeys, q: string): number | undefined {
  const compact = q.replace(/ /g, '');
  const words = q.replace(/-/g, ' ');
  if (keys.forms.includes(q)) return 0;
  if (keys.names.includes(words) || keys.pinyin.includes(q) || keys.pinyin.includes(compact) || keys.squeezed.includes(squeeze(q))) return 1;
  if (keys.otherPinyin.includes(q) || keys.otherPinyin.includes(compact)) return 2;
  if (keys.initials.includes(compact)) return 3;
  if (keys.otherInitials.includes(compact)) return 4;
  return undefined;
}

/** Typing errors allowed in a whole name or reading: one from five letters, two from ten. */
const typosAllowed = (length: number) => (length >= 10 ? 2 : length >= 5 ? 1 : 0);

/** Terms one or two typing errors (a swap of two letters counts one) from a whole Latin form, name or reading. */
function typoMatches(keys: readonly TermKeys[], q: string): TermKeys[] {
  const max = typosAllowed(q.length);
  if (max === 0 || !LATIN.test(q)) return [];
  const scored: [TermKeys, number][] = [];
  for (const k of keys) {
    let best = max + 1;
    for (const text of [...k.forms, ...k.names, ...k.pinyin]) if (LATIN.test(text)) best = Math.min(best, editDistance(q, text, max));
    if (best <= max) scored.push([k, best]);
  }
  return scored.sort((a, b) => a[1] - b[1]).map(([k]) => k);
}

export function normalizeQuery(query: string): string {
  return foldText(query.trim()).toLowerCase().replace(/\s+/g, ' ');
}

export function createSearch(glossary: Glossary, maxScore = MAX_SCORE): (query: string, limit?: number) => GlossaryTerm[] {
  const keys = glossary.terms.map(termKeys);
  const fuse = new Fuse(keys.flatMap(searchRecords), {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    // Field length must not count: a one-word name and a long alias are equally good places to match.
    ignoreFieldNorm: true,
    threshold: Math.max(...Object.values(maxScore)),
  });
  return (query, limit = 30) => {
    // Tone marks typed or pasted (quánmótài) read as plain pinyin.
    const typed = tonelessPinyin(normalizeQuery(query));
    if (!typed) return [];
    const numbered = numberedPinyin(typed);
    const q = numbered ?? typed;
    // Exact hits come first, best tier first; a query as typed before its numbered-pinyin reading (l2 is a term).
    const exact = [typed, ...(numbered ? [numbered] : [])].flatMap((variant) =>
      keys
        .map((k) => [k, exactTier(k, variant)] as const)
        .filter((hit): hit is readonly [TermKeys, number] => hit[1] !== undefined)
        .sort((a, b) => a[1] - b[1])
        .map(([k]) => k),
    );
    const words = q.replace(/-/g, ' ');
    // A phrase of the English name ("space data" in "space data, space computing") beats fuzzy noise.
    const phrase = words.length >= 3 ? keys.filter((r) => ` ${r.english.replace(/[,;()]/g, ' ')} `.includes(` ${words} `)) : [];
    const fuzzy = fuse
      .search(q)
      .filter((r) => (r.score ?? 1) <= maxScore[r.item.kind])
      // Equal scores: the shorter string matched more of itself (全模态 before 全模态大模型).
      .sort(
        (a, b) =>
          (a.score ?? 1) - (b.score ?? 1) ||
          KIND_RANK[a.item.kind] - KIND_RANK[b.item.kind] ||
          a.item.text.length - b.item.text.length,
      );
    const seen = new Set<string>();
    const out: GlossaryTerm[] = [];
    const ranked = [...exact, ...phrase, ...typoMatches(keys, q)].map((k) => k.term).concat(fuzzy.map((r) => r.item.term));
    for (const term of ranked) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      out.push(term);
      if (out.length >= limit) break;
    }
    return out;
  };
}
