/**
 * Glossary search: fuzzy over every form (both scripts), English names and pinyin with or without
 * tones and as initials (qmt → 全模态). Pure: takes the glossary, returns ranked terms.
 */
import Fuse from 'fuse.js';
import type { Glossary, GlossaryTerm } from './glossary/types';
import { foldText } from './text/fold';

interface SearchRecord {
  term: GlossaryTerm;
  forms: string[];
  english: string;
  aliases: string[];
  definitions: string[];
  /** Toneless pinyin, spaced and joined: "quan mo tai", "quanmotai". */
  pinyin: string[];
  initials: string[];
}

/** "quán mó tài" → "quan mo tai"; ü is typed as v or u. */
export function tonelessPinyin(pinyin: string): string {
  // After NFD, ü is u + U+0308 (with a tone mark beside it): map it before the marks go.
  return pinyin.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function pinyinKeys(term: GlossaryTerm): { pinyin: string[]; initials: string[] } {
  const readings = [term.pinyin, ...Object.values(term.formPinyin)].filter(Boolean).map(tonelessPinyin);
  const pinyin = new Set<string>();
  const initials = new Set<string>();
  for (const r of readings) {
    pinyin.add(r);
    pinyin.add(r.replace(/ /g, ''));
    initials.add(r.split(' ').map((s) => (/^[a-z]/.test(s) ? s[0] : s)).join(''));
  }
  return { pinyin: [...pinyin], initials: [...initials] };
}

export function normalizeQuery(query: string): string {
  return foldText(query.trim()).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Fuzzy results scoring worse than this are noise, not near-misses ("xiong an" matched thirty
 * unrelated terms through scattered letters of their definitions): below it, "No matching term".
 */
export const MAX_FUZZY_SCORE = 0.3;

export function createSearch(glossary: Glossary, maxScore = MAX_FUZZY_SCORE): (query: string, limit?: number) => GlossaryTerm[] {
  const records: SearchRecord[] = glossary.terms.map((term) => ({
    term,
    forms: term.forms.map((f) => f.toLowerCase()),
    english: term.english.toLowerCase().replace(/-/g, " "),
    aliases: term.aliases.map((a) => a.toLowerCase()),
    definitions: [term.definition.zh, term.definition.en.toLowerCase()],
    ...pinyinKeys(term),
  }));
  const fuse = new Fuse(records, {
    keys: [
      { name: 'forms', weight: 3 },
      { name: 'initials', weight: 2 },
      { name: 'pinyin', weight: 2 },
      { name: 'english', weight: 1.5 },
      { name: 'aliases', weight: 1.5 },
      // Last resort: a word that only a definition holds (卫星 → 天数天算, 星载计算…).
      { name: 'definitions', weight: 0.3 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
  });
  return (query, limit = 30) => {
    // Tone marks typed or pasted (quánmótài) read as plain pinyin.
    const q = tonelessPinyin(normalizeQuery(query));
    if (!q) return [];
    const compact = q.replace(/ /g, '');
    // Exact hits on a form, initials or full pinyin come first; fuzzy results fill the rest.
    const words = q.replace(/-/g, ' ');
    const exact = records.filter(
      (r) =>
        r.forms.includes(q) ||
        r.initials.includes(compact) ||
        r.pinyin.includes(q) ||
        r.pinyin.includes(compact) ||
        r.english === words,
    );
    // A phrase of the English name ("space data" in "space data, space computing") beats fuzzy noise.
    const phrase = words.length >= 3 ? records.filter((r) => ` ${r.english.replace(/[,;()]/g, ' ')} `.includes(` ${words} `)) : [];
    const fuzzy = fuse.search(q).filter((r) => (r.score ?? 1) <= maxScore).map((r) => r.item);
    const seen = new Set<string>();
    const out: GlossaryTerm[] = [];
    for (const r of [...exact, ...phrase, ...fuzzy]) {
      if (seen.has(r.term.id)) continue;
      seen.add(r.term.id);
      out.push(r.term);
      if (out.length >= limit) break;
    }
    return out;
  };
}
