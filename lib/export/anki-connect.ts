/**
 * "Send to Anki" through AnkiConnect (API version 6, a local HTTP server Anki runs on
 * 127.0.0.1:8765): one note per own term in TermLens's own note type, whose "TermLens id" field holds
 * the term's stable id, so sending again updates those notes instead of adding copies. Pure: the
 * caller gives the endpoint and fetch (the extension's, or a fake in tests).
 */
import type { OwnTerm } from '../db/types';
import { ANKI_DECK, ANKI_TAG } from './glossary-export';

export const ANKI_CONNECT_VERSION = 6;
/** Where AnkiConnect listens: its default address, which is what a reader's Anki uses. */
export const ANKI_CONNECT_URL = 'http://127.0.0.1:8765';
/** The optional host permission in the manifest (wxt.config.ts), for exactly that address. */
export const ANKI_CONNECT_ORIGIN = 'http://127.0.0.1:8765/*';
export const ANKI_MODEL = 'TermLens';
export const ANKI_ID_FIELD = 'TermLens id';
export const ANKI_FIELDS = ['Term', 'Pinyin', 'English', 'DefinitionZh', 'DefinitionEn', 'Note', ANKI_ID_FIELD] as const;

/** Why sending stopped, for the reader: a message key of the interface and its substitutions. */
export class AnkiError extends Error {
  constructor(
    readonly key: 'ankiNotRunning' | 'ankiRefused' | 'ankiApiKey' | 'ankiTooOld' | 'ankiFailed' | 'ankiTimeout',
    readonly args: (string | number)[] = [],
  ) {
    super(`${key}${args.length ? `: ${args.join(', ')}` : ''}`);
    this.name = 'AnkiError';
  }
}

export type Fetch = (url: string, init: { method: 'POST'; body: string; signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * One AnkiConnect call may take this long, answer included: adding a few thousand notes takes Anki
 * seconds; a minute with no answer is an Anki hung on a dialog, and the reader is told so.
 */
export const ANKI_CALL_TIMEOUT_MS = 60_000;

export interface AnkiSendResult {
  added: number;
  updated: number;
}

/** One AnkiConnect call: `{action, version, params}` in, `{result, error}` out; an `error` becomes AnkiError. */
export async function ankiCall<T>(fetch: Fetch, endpoint: string, action: string, params?: object): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ANKI_CALL_TIMEOUT_MS);
  try {
    return await answerOf<T>(fetch, endpoint, action, params, abort.signal);
  } catch (error) {
    throw abort.signal.aborted ? new AnkiError('ankiTimeout', [ANKI_CALL_TIMEOUT_MS / 1000]) : error;
  } finally {
    clearTimeout(timer);
  }
}

async function answerOf<T>(fetch: Fetch, endpoint: string, action: string, params: object | undefined, signal: AbortSignal): Promise<T> {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ action, version: ANKI_CONNECT_VERSION, ...(params ? { params } : {}) }), signal });
  } catch {
    throw new AnkiError('ankiNotRunning'); // connection refused: Anki (or AnkiConnect) is not running
  }
  if (response.status === 403) throw new AnkiError('ankiRefused');
  if (!response.ok) throw new AnkiError('ankiFailed', [`HTTP ${response.status}`]);
  const body = (await response.json().catch(() => undefined)) as { result?: unknown; error?: unknown } | undefined;
  if (!body || typeof body !== 'object' || !('result' in body) || !('error' in body)) throw new AnkiError('ankiFailed', ['not an AnkiConnect answer']);
  if (body.error !== null) throw new AnkiError('ankiFailed', [String(body.error)]);
  return body.result as T;
}

/** The note's fields for a term. */
export function noteFields(term: OwnTerm): Record<(typeof ANKI_FIELDS)[number], string> {
  return {
    Term: term.term,
    Pinyin: term.pinyin,
    English: term.english,
    DefinitionZh: term.definitionZh,
    DefinitionEn: term.definitionEn,
    Note: term.note,
    [ANKI_ID_FIELD]: term.id,
  };
}

/** Anki fields are HTML: the reader's text is escaped so it shows as written and never runs. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapedFields = (term: OwnTerm) => Object.fromEntries(Object.entries(noteFields(term)).map(([k, v]) => [k, escapeHtml(v)]));

/** The note type TermLens creates once: the term on the front; pinyin, English, definitions and the note on the back. */
export const ANKI_MODEL_PARAMS = {
  modelName: ANKI_MODEL,
  inOrderFields: [...ANKI_FIELDS],
  isCloze: false,
  css: '.card { font-family: sans-serif; font-size: 22px; text-align: center; } .sub { font-size: 16px; color: #555; }',
  cardTemplates: [
    {
      Name: 'Term',
      Front: '{{Term}}',
      Back: '{{FrontSide}}<hr id="answer">{{Pinyin}}<br>{{English}}<div class="sub">{{DefinitionZh}}</div><div class="sub">{{DefinitionEn}}</div><div class="sub">{{Note}}</div>',
    },
  ],
};

/** Sends every term: new ones added to the TermLens deck, those sent before updated in place. */
export async function sendToAnki(fetch: Fetch, endpoint: string, terms: readonly OwnTerm[]): Promise<AnkiSendResult> {
  const call = <T>(action: string, params?: object) => ankiCall<T>(fetch, endpoint, action, params);
  // requestPermission is the one action AnkiConnect answers for any origin (it asks the reader in Anki when needed).
  const permission = await call<{ permission: string; requireApikey?: boolean; version?: number }>('requestPermission');
  if (permission.permission !== 'granted') throw new AnkiError('ankiRefused');
  if (permission.requireApikey) throw new AnkiError('ankiApiKey');
  if ((permission.version ?? 0) < ANKI_CONNECT_VERSION) throw new AnkiError('ankiTooOld', [permission.version ?? 0]);

  if (!(await call<string[]>('modelNames')).includes(ANKI_MODEL)) await call('createModel', ANKI_MODEL_PARAMS);
  await call('createDeck', { deck: ANKI_DECK });

  const noteIds = await call<number[]>('findNotes', { query: `"note:${ANKI_MODEL}"` });
  const infos = noteIds.length ? await call<{ noteId: number; fields: Record<string, { value: string }> }[]>('notesInfo', { notes: noteIds }) : [];
  const sent = new Map(infos.map((n) => [n.fields[ANKI_ID_FIELD]?.value ?? '', n.noteId]));

  const fresh = terms.filter((t) => !sent.has(t.id));
  const again = terms.filter((t) => sent.has(t.id));
  if (again.length) {
    const actions = again.map((t) => ({ action: 'updateNoteFields', params: { note: { id: sent.get(t.id)!, fields: escapedFields(t) } } }));
    const results = await call<{ result: unknown; error: string | null }[]>('multi', { actions });
    const failed = results.find((r) => r && r.error !== null);
    if (failed) throw new AnkiError('ankiFailed', [String(failed.error)]);
  }
  if (fresh.length) {
    const notes = fresh.map((t) => ({
      deckName: ANKI_DECK,
      modelName: ANKI_MODEL,
      fields: escapedFields(t),
      tags: [ANKI_TAG, ...t.tags.map((tag) => tag.replace(/\s+/g, '_'))],
      options: { allowDuplicate: true },
    }));
    const ids = await call<(number | null)[]>('addNotes', { notes });
    const missing = ids.filter((id) => id === null).length;
    if (missing) throw new AnkiError('ankiFailed', [`${missing} of ${ids.length} notes were not added`]);
  }
  return { added: fresh.length, updated: again.length };
}
