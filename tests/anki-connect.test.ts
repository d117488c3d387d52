import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ownTermOf } from '../lib/db/own-terms';
import { ANKI_CALL_TIMEOUT_MS, ANKI_CONNECT_ORIGIN, ANKI_CONNECT_URL, ANKI_MODEL_PARAMS, AnkiError, sendToAnki, type Fetch } from '../lib/export/anki-connect';
import { fakeAnki } from './fake-anki-connect';

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

  it('gives up on an Anki that does not answer, saying so, and stops the request', async () => {
    vi.useFakeTimers();
    try {
      let aborted = false;
      const silent: Fetch = (_url, init) =>
        new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => ((aborted = true), reject(new DOMException('aborted', 'AbortError')))));
      const sending = sendToAnki(silent, ANKI_CONNECT_URL, []).then(() => 'sent', (e: unknown) => (e instanceof AnkiError ? [e.key, ...e.args] : String(e)));
      await vi.advanceTimersByTimeAsync(ANKI_CALL_TIMEOUT_MS - 1);
      expect(aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await sending).toEqual(['ankiTimeout', 60]);
      expect(aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for exactly the host the manifest declares as optional', () => {
    expect(readFileSync(new URL('../wxt.config.ts', import.meta.url), 'utf8')).toContain(`const ANKI_CONNECT_HOST = '${ANKI_CONNECT_ORIGIN}';`);
  });
});
