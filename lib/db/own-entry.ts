/**
 * An own term as a glossary entry, so the one card component renders it; and a bundled entry with
 * the reader's note beside it (the bundled text itself is never changed).
 */
import type { EntryPayload } from '../glossary/payloads';
import type { Category, GlossaryTerm } from '../glossary/types';
import type { OwnTerm } from './types';

export const OWN_CATEGORY: Category = { id: 'own', zh: '我的术语', zhHant: '我的術語', en: 'My terms' };

export function glossaryTermOfOwn(own: OwnTerm): GlossaryTerm {
  return {
    id: own.id,
    term: own.term,
    english: own.english,
    forms: own.forms,
    variantOf: {},
    aliases: own.forms.slice(1),
    category: OWN_CATEGORY.id,
    pinyin: own.pinyin,
    formPinyin: {},
    caseSensitive: /[A-Z]/.test(own.term),
    exclude: [],
    // The reader's own words: "context" is the basis that claims no source passage.
    definition: { zh: own.definitionZh, en: own.definitionEn || own.english, basis: 'context' },
    excerpts: [],
    related: [],
    occurrences: {},
  };
}

export function ownEntryPayload(own: OwnTerm): EntryPayload {
  return { term: glossaryTermOfOwn(own), related: [], sources: [], categories: [OWN_CATEGORY], ...(own.note ? { note: own.note } : {}) };
}

/** The bundled payload with the reader's note layered on; without a note, the payload as it was. */
export function withNote(payload: EntryPayload, note: string | undefined): EntryPayload {
  return note ? { ...payload, note } : payload;
}
