/**
 * A term the reader asked to add from a page (selection, shortcut, dictionary card): the words and
 * where they were met, captured at that moment. It crosses from a content script to the background
 * and on to the side panel, and is checked at each crossing: bounded strings, an http(s) address.
 */
import type { MetAt } from './db/types';
import { MAX_TERM_CHARS, MET_SENTENCE_MAX_CHARS, MET_TITLE_MAX_CHARS, MET_URL_MAX_CHARS } from './limits';

export interface AddDraft {
  term: string;
  met?: MetAt;
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ').slice(0, max) : undefined;

/** A page address worth keeping: http(s) only (no data:, no javascript:), its fragment dropped. */
export function metUrlOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    const full = url.href;
    return full.length <= MET_URL_MAX_CHARS ? full : `${url.origin}${url.pathname}`.slice(0, MET_URL_MAX_CHARS);
  } catch {
    return undefined;
  }
}

/** A checked draft, or undefined: a term of 1–MAX_TERM_CHARS characters is required; the rest is kept where valid. */
export function parseAddDraft(value: unknown): AddDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const term = typeof v.term === 'string' ? v.term.trim().replace(/\s+/g, ' ') : '';
  if (term === '' || [...term].length > MAX_TERM_CHARS) return undefined;
  const m = (typeof v.met === 'object' && v.met !== null ? v.met : {}) as Record<string, unknown>;
  const met: MetAt = {};
  const title = text(m.title, MET_TITLE_MAX_CHARS);
  const url = metUrlOf(m.url);
  const sentence = text(m.sentence, MET_SENTENCE_MAX_CHARS + 2); // + the ellipses of a cut sentence
  if (title) met.title = title;
  if (url) met.url = url;
  if (sentence) met.sentence = sentence;
  return Object.keys(met).length > 0 ? { term, met } : { term };
}

/** A selection as a term: its first MAX_TERM_CHARS characters, spaces folded; undefined for an empty one. */
export function termOfSelection(selected: string): string | undefined {
  const folded = selected.trim().replace(/\s+/g, ' ');
  return folded === '' ? undefined : [...folded].slice(0, MAX_TERM_CHARS).join('').trim();
}

/**
 * A draft from a content script with the address the browser gives for its frame (`sender.url`) in
 * place of whatever it claims: a page cannot pre-fill the form with another site's address.
 */
export function withSenderAddress(draft: AddDraft, senderUrl: string | undefined): AddDraft {
  const { url: _claimed, ...met } = draft.met ?? {};
  const url = metUrlOf(senderUrl);
  const next: MetAt = url ? { ...met, url } : met;
  return Object.keys(next).length > 0 ? { term: draft.term, met: next } : { term: draft.term };
}
