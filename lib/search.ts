/**
 * Glossary search: fuzzy over every form (both scripts), English names and pinyin with or without
 * tones and as initials (qmt → 全模态). Pure: takes the glossary, returns ranked terms.
 */
import Fuse from 'fuse.js';
import type { Glossary, GlossaryTerm } from './glossary/types';
import { foldText } from './text/fold';

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

/** "quán mó tài" → "quan mo tai"; ü is typed as v or u. */
export function tonelessPinyin(pinyin: string): string {
  // After NFD, ü is u + U+0308 (with a tone mark beside it): map it before the marks go.
  return pinyin.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

interface TermKeys {
  term: GlossaryTerm;
  forms: string[];
  english: string;
  /** Toneless pinyin, spaced and joined: "quan mo tai", "quanmotai". */
  pinyin: string[];
  initials: string[];
}

function termKeys(term: GlossaryTerm): TermKeys {
  const readings = [term.pinyin, ...Object.values(term.formPinyin)].filter(Boolean).map(tonelessPinyin);
  const pinyin = new Set<string>();
  const initials = new Set<string>();
  for (const r of readings) {
    pinyin.add(r);
    pinyin.add(r.replace(/ /g, ''));
    initials.add(r.split(' ').map((s) => (/^[a-z]/.test(s) ? s[0] : s)).join(''));
  }
  return {
    term,
    forms: term.forms.map((f) => f.toLowerCase()),
    english: term.english.toLowerCase().replace(/-/g, ' '),
    pinyin: [...pinyin],
    initials: [...initials],
  };
}

function searchRecords(keys: TermKeys): SearchRecord[] {
  const { term } = keys;
  const out: SearchRecord[] = [];
  for (const text of keys.forms) out.push({ term, kind: 'forms', text });
  for (const text of keys.pinyin) out.push({ term, kind: 'pinyin', text });
  for (const text of [keys.english, ...term.aliases.map((a) => a.toLowerCase())]) out.push({ term, kind: 'english', text });
  // Last resort: a word that only a definition holds (卫星 → 天数天算, 星载计算…).
  out.push({ term, kind: 'definitions', text: term.definition.zh }, { term, kind: 'definitions', text: term.definition.en.toLowerCase() });
  return out;
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
    const q = tonelessPinyin(normalizeQuery(query));
    if (!q) return [];
    const compact = q.replace(/ /g, '');
    // Exact hits on a form, initials or full pinyin come first; fuzzy results fill the rest.
    const words = q.replace(/-/g, ' ');
    const exact = keys.filter(
      (r) =>
        r.forms.includes(q) ||
        r.initials.includes(compact) ||
        r.pinyin.includes(q) ||
        r.pinyin.includes(compact) ||
        r.english === words,
    );
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
    for (const term of [...exact.map((r) => r.term), ...phrase.map((r) => r.term), ...fuzzy.map((r) => r.item.term)]) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      out.push(term);
      if (out.length >= limit) break;
    }
    return out;
  };
}
