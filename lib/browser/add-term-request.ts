/**
 * "Add this term" on its way to the side panel's form: the background keeps the draft
 * (hand-over.ts) and opens the panel, which takes it on start or, already open, when it is told
 * one is waiting — the same hand-over as "Open in the glossary".
 */
import { parseAddDraft, type AddDraft } from '../add-draft';
import { ADD_DRAFT_FRESH_MS } from '../limits';
import { askHandOver, handOver, takeHandOver, watchHandOvers } from './hand-over';

/** `draft` null: the form opens empty (the command with nothing selected). */
interface Requested {
  draft: AddDraft | null;
}

/** A request: its checked draft, or `{}` for an empty form; undefined for anything else. */
function requested(value: unknown): { draft?: AddDraft } | undefined {
  const v = value as Requested | undefined;
  if (typeof v !== 'object' || v === null) return undefined;
  if (v.draft === null) return {};
  const draft = parseAddDraft(v.draft);
  return draft && { draft };
}

/** Background. */
export function requestAddTerm(draft: AddDraft | undefined): void {
  handOver('add-term', { draft: draft ?? null } satisfies Requested);
}

/** Background: the request, and its hand-over's number, for a `take-hand-over` of kind "add-term". */
export function takeAddTermRequest(seq?: number, now?: number): { seq: number; value: Requested } | undefined {
  const held = takeHandOver('add-term', ADD_DRAFT_FRESH_MS, seq, now);
  const request = requested(held?.value);
  return held && request ? { seq: held.seq, value: { draft: request.draft ?? null } } : undefined;
}

/** Side panel: calls `onRequest` with a draft waiting now and with each one requested later, each once. */
export function watchAddTermRequests(onRequest: (draft: AddDraft | undefined) => void): void {
  const take = (seq?: number) => void askHandOver('add-term', seq).then((value) => {
    const request = requested(value);
    if (request) onRequest(request.draft);
  });
  // Listening first, so a draft handed over while the panel starts is not missed.
  watchHandOvers('add-term', take);
  take();
}
