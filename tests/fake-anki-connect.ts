/** A fake AnkiConnect for tests: the unit tests call it as fetch, the browser test serves it over HTTP. */
import { ANKI_CONNECT_URL, type Fetch } from '../lib/export/anki-connect';

interface Note { noteId: number; deckName: string; modelName: string; fields: Record<string, string>; tags: string[] }

/** A fake AnkiConnect (API version 6) in memory: the actions "Send to Anki" uses, answered as Anki does. */
export function fakeAnki(options: { permission?: string; requireApikey?: boolean; version?: number; status?: number } = {}) {
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
  /** One request body in, the status and JSON AnkiConnect would answer. */
  const handle = (text: string): { status: number; body: unknown } => {
    const body = JSON.parse(text) as { action: string; version: number; params?: Record<string, unknown> };
    calls.push({ action: body.action, ...(body.params ? { params: body.params } : {}) });
    if (body.version !== 6) return { status: 200, body: { result: null, error: `unsupported version ${body.version}` } };
    return { status: options.status ?? 200, body: { result: answer(body.action, body.params), error: null } };
  };
  const fetch: Fetch = async (url, init) => {
    if (url !== ANKI_CONNECT_URL) throw new TypeError(`nothing listens at ${url}`);
    const { status, body } = handle(init.body);
    return { ok: status === 200, status, json: async () => body };
  };
  return { fetch, handle, calls, notes, decks, models };
}
