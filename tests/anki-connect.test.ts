import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownTermOf } from '../lib/db/own-terms';
import { ANKI_CONNECT_ORIGIN, ANKI_CONNECT_URL, ANKI_MODEL_PARAMS, AnkiError, sendToAnki, type Fetch } from '../lib/export/anki-connect';

interface Note { noteId: number; deckName: string; modelName: string; fields: Record<string, string>; tags: string[] }

/** A fake AnkiConnect (API version 6) in memory: the actions "Send to Anki" uses, answered as Anki does. */
function fakeAnki(options: { permission?: string; requireApikey?: boolean; version?: number; status?: number } = {}) {
  const calls: { action: string; params?: Record<string, unknown> }[] = [];
  const models: string[] = ['Basic'];
  const decks = new Set(['Default']);
  const notes: Note[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action reads its own params, as AnkiConnect does
  const answer = (action: string, params: Record<string, any> = {}): unknown => {
    switch (action) {
      case 'requestPermission':
        return { permission: options.permission ?? 'granted', requireApikey: options.requireApikey ?? false, version: options.version ?? 6 };
      case 'modelNames':
        return [...models];
      case 'createModel':
        models.push(params.modelName);
        return {};
      case 'createDeck':
        decks.add(params.deck);
        return 1;
      case 'findNotes':
        return notes.filter((n) => params.query === `"note:${n.modelName}"`).map((n) => n.noteId);
      case 'notesInfo':
        return params.notes.map((id: number) => {
          const n = notes.find((x) => x.noteId === id)!;
          return { noteId: id, modelName: n.modelName, tags: n.tags, fields: Object.fromEntries(Object.entries(n.fields).map(([k, value], order) => [k, { value, order }])) };
        });
      case 'addNotes':
        return params.notes.map((n: Omit<Note, 'noteId'>) => (notes.push({ ...n, noteId: 1000 + notes.length }), 1000 + notes.length - 1));
      case 'updateNoteFields':
        Object.assign(notes.find((n) => n.noteId === params.note.id)!.fields, params.note.fields);
        return null;
      case 'multi':
        return params.actions.map((a: { action: string; params: Record<string, unknown> }) => ({ result: answer(a.action, a.params), error: null }));
      default:
        throw new Error(`unsupported action ${action}`);
    }
  };
  const fetch: Fetch = async (url, init) => {
    expect(url).toBe(ANKI_CONNECT_URL);
    const body = JSON.parse(init.body) as { action: string; version: number; params?: Record<string, unknown> };
    expect(body.version).toBe(6);
    calls.push({ action: body.action, ...(body.params ? { params: body.params } : {}) });
    const status = options.status ?? 200;
    return { ok: status === 200, status, json: async () => ({ result: answer(body.action, body.params), error: null }) };
  };
  return { fetch, calls, notes, decks, models };
}

const term = (t: string, over: Partial<Parameters<typeof ownTermOf>[0]> = {}, now = 1) => ownTermOf({ term: t, origin: 'manual', ...over }, now);

describe('Send to Anki (AnkiConnect)', () => {
  it('creates the TermLens note type and deck once, then adds one note per term with its stable id, escaped fields and tags', async () => {
    const anki = fakeAnki();
    const terms = [term('智算中心', { pinyin: 'zhì suàn zhōng xīn', english: 'AI computing centre', tags: ['infra'] }), term('MoE', { english: 'mixture of experts', note: '<b>not</b> bold & fine' })];
    expect(await sendToAnki(anki.fetch, ANKI_CONNECT_URL, terms)).toEqual({ added: 2, updated: 0 });
    expect(anki.calls.map((c) => c.action)).toEqual(['requestPermission', 'modelNames', 'createModel', 'createDeck', 'findNotes', 'addNotes']);
    expect(anki.calls[2]!.params).toEqual(ANKI_MODEL_PARAMS);
    expect(anki.calls[3]!.params).toEqual({ deck: 'TermLens' });
    expect(anki.notes.map((n) => [n.deckName, n.modelName, n.fields.Term, n.fields['TermLens id'], n.tags])).toEqual([
      ['TermLens', 'TermLens', '智算中心', terms[0]!.id, ['termlens', 'infra']],
      ['TermLens', 'TermLens', 'MoE', terms[1]!.id, ['termlens']],
    ]);
    expect(anki.notes[1]!.fields.Note).toBe('&lt;b&gt;not&lt;/b&gt; bold &amp; fine');
  });

  it('updates the notes of terms sent before (found by their TermLens id) instead of adding copies, and adds only the new ones', async () => {
    const anki = fakeAnki();
    await sendToAnki(anki.fetch, ANKI_CONNECT_URL, [term('智算中心', { english: 'old' }), term('MoE', { english: 'mixture of experts' })]);
    anki.calls.length = 0;
    const result = await sendToAnki(anki.fetch, ANKI_CONNECT_URL, [term('智算中心', { english: 'AI computing centre' }, 2), term('MoE', { english: 'mixture of experts' }), term('端侧模型', { english: 'on-device model' })]);
    expect(result).toEqual({ added: 1, updated: 2 });
    expect(anki.calls.map((c) => c.action)).toEqual(['requestPermission', 'modelNames', 'createDeck', 'findNotes', 'notesInfo', 'multi', 'addNotes']);
    expect(anki.notes.map((n) => [n.noteId, n.fields.Term, n.fields.English])).toEqual([
      [1000, '智算中心', 'AI computing centre'],
      [1001, 'MoE', 'mixture of experts'],
      [1002, '端侧模型', 'on-device model'],
    ]);
  });

  it('names what went wrong: Anki not running, the reader refused in Anki, an API key, an old AnkiConnect, an error answer', async () => {
    const why = (p: Promise<unknown>) => p.then(() => 'sent', (e: unknown) => (e instanceof AnkiError ? [e.key, ...e.args] : String(e)));
    const refused: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await why(sendToAnki(refused, ANKI_CONNECT_URL, [term('MoE', { english: 'x' })]))).toEqual(['ankiNotRunning']);
    expect(await why(sendToAnki(fakeAnki({ permission: 'denied' }).fetch, ANKI_CONNECT_URL, []))).toEqual(['ankiRefused']);
    expect(await why(sendToAnki(fakeAnki({ status: 403 }).fetch, ANKI_CONNECT_URL, []))).toEqual(['ankiRefused']);
    expect(await why(sendToAnki(fakeAnki({ requireApikey: true }).fetch, ANKI_CONNECT_URL, []))).toEqual(['ankiApiKey']);
    expect(await why(sendToAnki(fakeAnki({ version: 5 }).fetch, ANKI_CONNECT_URL, []))).toEqual(['ankiTooOld', 5]);
    const failing: Fetch = async () => ({ ok: true, status: 200, json: async () => ({ result: null, error: 'collection is not available' }) });
    expect(await why(sendToAnki(failing, ANKI_CONNECT_URL, []))).toEqual(['ankiFailed', 'collection is not available']);
    const notAnki: Fetch = async () => ({ ok: true, status: 200, json: async () => ({ hello: 'world' }) });
    expect(await why(sendToAnki(notAnki, ANKI_CONNECT_URL, []))).toEqual(['ankiFailed', 'not an AnkiConnect answer']);
  });

  it('asks for exactly the host the manifest declares as optional', () => {
    expect(readFileSync(new URL('../wxt.config.ts', import.meta.url), 'utf8')).toContain(`const ANKI_CONNECT_HOST = '${ANKI_CONNECT_ORIGIN}';`);
  });
});
