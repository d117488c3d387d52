/**
 * "Add this term" on its way to the side panel's form: the background leaves the draft in
 * storage.session (memory only, gone when the browser closes) and opens the panel, which takes it
 * on start or, already open, when it appears — the same hand-over as "Open in the glossary".
 */
import { browser } from 'wxt/browser';
import { parseAddDraft, type AddDraft } from '../add-draft';
import { ADD_DRAFT_FRESH_MS } from '../limits';

const KEY = 'addTermDraft';

/** `draft` null: the form opens empty (the command with nothing selected). */
interface Requested {
  draft: AddDraft | null;
  at: number;
}

/** A fresh request: its checked draft, or `{}` for an empty form; undefined for anything else. */
function requested(value: unknown): { draft?: AddDraft } | undefined {
  const v = value as Requested | undefined;
  if (typeof v !== 'object' || v === null || typeof v.at !== 'number' || Date.now() - v.at > ADD_DRAFT_FRESH_MS) return undefined;
  if (v.draft === null) return {};
  const draft = parseAddDraft(v.draft);
  return draft && { draft };
}

export async function requestAddTerm(draft: AddDraft | undefined): Promise<void> {
  await browser.storage.session.set({ [KEY]: { draft: draft ?? null, at: Date.now() } satisfies Requested });
}

/**
 * Calls `onDraft` with a draft waiting now and with each one requested later (the listener is added
 * first, so a draft stored while the panel starts is not missed). Each is taken once.
 */
export function watchAddTermRequests(onRequest: (draft: AddDraft | undefined) => void): void {
  const take = (value: unknown) => {
    const request = requested(value);
    if (!request) return;
    void browser.storage.session.remove(KEY);
    onRequest(request.draft);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes[KEY]?.newValue !== undefined) take(changes[KEY].newValue);
  });
  void browser.storage.session.get(KEY).then((stored) => take(stored[KEY]));
}
