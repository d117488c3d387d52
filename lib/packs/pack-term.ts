/**
 * One downloaded term record, checked against the glossary's entry schema (lib/glossary/types.ts)
 * and rebuilt from the fields TermLens knows: a field of the wrong type or over its limit fails the
 * record (and with it the file: a pack is applied whole or not at all), an unknown field is left
 * behind, so nothing a server adds reaches the database or a card.
 */
import type { Definition, Excerpt, GlossaryTerm, Passage, SourcesNote } from '../glossary/types';
import { PACK_LIST_MAX, PACK_SHORT_TEXT_MAX_CHARS, PACK_TEXT_MAX_CHARS } from '../limits';
import { TERM_ID } from '../matcher/term-ids';

export class PackFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackFormatError';
  }
}

type Rec = Record<string, unknown>;
export const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function need(ok: boolean, message: string): asserts ok {
  if (!ok) throw new PackFormatError(message);
}

const text = (v: unknown, where: string, max = PACK_TEXT_MAX_CHARS): string => {
  need(typeof v === 'string' && v.length <= max, `${where} must be a string of at most ${max} characters`);
  return v;
};
const optionalText = (v: unknown, where: string, max = PACK_TEXT_MAX_CHARS): string | undefined => (v === undefined ? undefined : text(v, where, max));
const nonEmpty = (v: unknown, where: string): string => {
  const s = text(v, where, PACK_SHORT_TEXT_MAX_CHARS);
  need(s.length > 0, `${where} must not be empty`);
  return s;
};
const offset = (v: unknown, where: string): number => {
  need(Number.isSafeInteger(v) && (v as number) >= 0, `${where} must be a non-negative integer`);
  return v as number;
};

function list<T>(v: unknown, where: string, item: (x: unknown, at: string) => T, max = PACK_LIST_MAX): T[] {
  need(Array.isArray(v) && v.length <= max, `${where} must be a list of at most ${max} items`);
  return v.map((x, i) => item(x, `${where}[${i}]`));
}

/** A string → string map (variantOf, formPinyin), both sides short. */
function stringMap(v: unknown, where: string): Record<string, string> {
  need(isRecord(v), `${where} must be an object`);
  const entries = Object.entries(v);
  need(entries.length <= PACK_LIST_MAX, `${where} has too many entries`);
  // A null prototype: a key "__proto__" stays a plain key.
  const out = Object.create(null) as Record<string, string>;
  for (const [key, value] of entries) {
    need(key.length > 0 && key.length <= PACK_SHORT_TEXT_MAX_CHARS, `${where} has a bad key`);
    out[key] = nonEmpty(value, `${where}.${key}`);
  }
  return { ...out };
}

function passage(v: unknown, where: string): Passage {
  need(isRecord(v), `${where} must be an object`);
  return { source: nonEmpty(v.source, `${where}.source`), offset: offset(v.offset, `${where}.offset`), text: text(v.text, `${where}.text`) };
}

function excerpt(v: unknown, where: string): Excerpt {
  const base = passage(v, where);
  const r = v as Rec;
  const mark = r.mark;
  need(Array.isArray(mark) && mark.length === 2, `${where}.mark must be [start, end)`);
  const [start, end] = [offset(mark[0], `${where}.mark`), offset(mark[1], `${where}.mark`)];
  need(start < end && end <= base.text.length, `${where}.mark must lie inside the text`);
  const out: Excerpt = { ...base, mark: [start, end], story: offset(r.story, `${where}.story`) };
  if (r.clippedStart === true) out.clippedStart = true;
  if (r.clippedEnd === true) out.clippedEnd = true;
  return out;
}

function definition(v: unknown, where: string): Definition {
  need(isRecord(v), `${where} must be an object`);
  need(v.basis === 'seed' || v.basis === 'context', `${where}.basis must be seed or context`);
  const out: Definition = { zh: text(v.zh, `${where}.zh`), en: text(v.en, `${where}.en`), basis: v.basis };
  const zhHant = optionalText(v.zhHant, `${where}.zhHant`);
  if (zhHant !== undefined) out.zhHant = zhHant;
  if (v.passage !== undefined) out.passage = passage(v.passage, `${where}.passage`);
  return out;
}

function sourcesNote(v: unknown, where: string): SourcesNote {
  need(isRecord(v), `${where} must be an object`);
  const out: SourcesNote = { zh: text(v.zh, `${where}.zh`), en: text(v.en, `${where}.en`) };
  const zhHant = optionalText(v.zhHant, `${where}.zhHant`);
  if (zhHant !== undefined) out.zhHant = zhHant;
  if (v.passage !== undefined) out.passage = passage(v.passage, `${where}.passage`);
  return out;
}

const termId = (v: unknown, where: string): string => {
  need(typeof v === 'string' && TERM_ID.test(v), `${where} must be an id of a-z, 0-9 and -`);
  return v;
};

/** The checked term, holding only the schema's fields. */
export function parsePackTerm(value: unknown, where: string): GlossaryTerm {
  need(isRecord(value), `${where} must be an object`);
  const t = value;
  const id = termId(t.id, `${where}.id`);
  const at = `${where} (${id})`;
  const forms = list(t.forms, `${at}.forms`, nonEmpty);
  need(forms.length > 0, `${at}.forms must not be empty`);
  need(typeof t.caseSensitive === 'boolean', `${at}.caseSensitive must be true or false`);
  const occurrences = t.occurrences === undefined ? {} : t.occurrences;
  need(isRecord(occurrences), `${at}.occurrences must be an object`);
  const term: GlossaryTerm = {
    id,
    term: nonEmpty(t.term, `${at}.term`),
    english: text(t.english, `${at}.english`, PACK_SHORT_TEXT_MAX_CHARS),
    forms,
    variantOf: stringMap(t.variantOf ?? {}, `${at}.variantOf`),
    aliases: list(t.aliases ?? [], `${at}.aliases`, nonEmpty),
    category: nonEmpty(t.category, `${at}.category`),
    pinyin: text(t.pinyin, `${at}.pinyin`, PACK_SHORT_TEXT_MAX_CHARS),
    formPinyin: stringMap(t.formPinyin ?? {}, `${at}.formPinyin`),
    caseSensitive: t.caseSensitive,
    exclude: list(t.exclude ?? [], `${at}.exclude`, nonEmpty),
    definition: definition(t.definition, `${at}.definition`),
    excerpts: list(t.excerpts ?? [], `${at}.excerpts`, excerpt, 3),
    related: list(t.related ?? [], `${at}.related`, termId),
    occurrences: Object.fromEntries(Object.entries(occurrences).map(([k, n]) => [nonEmpty(k, `${at}.occurrences`), offset(n, `${at}.occurrences.${k}`)])),
  };
  if (t.keep !== undefined) term.keep = list(t.keep, `${at}.keep`, nonEmpty);
  if (t.digitsMayTouch !== undefined) {
    need(t.digitsMayTouch === true, `${at}.digitsMayTouch must be true when present`);
    term.digitsMayTouch = true;
  }
  if (t.inSources !== undefined) term.inSources = sourcesNote(t.inSources, `${at}.inSources`);
  if (t.tier !== undefined) {
    need(t.tier === 'seed' || t.tier === 'core', `${at}.tier must be seed or core`);
    term.tier = t.tier;
  }
  if (t.asOf !== undefined) {
    need(typeof t.asOf === 'string' && /^\d{4}(-\d{2})?$/.test(t.asOf), `${at}.asOf must be YYYY or YYYY-MM`);
    term.asOf = t.asOf;
  }
  if (t.sense !== undefined) {
    need(t.sense === 'tech', `${at}.sense must be "tech" when present`);
    term.sense = 'tech';
  }
  if (t.marked !== undefined) {
    need(typeof t.marked === 'boolean', `${at}.marked must be true or false`);
    term.marked = t.marked;
  }
  return term;
}

/** A delete record: the id alone. */
export function parseDeletedId(value: unknown, where: string): string {
  return termId(value, where);
}
