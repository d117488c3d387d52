/**
 * "Open this entry in the glossary" from a hover card: the background keeps the request
 * (hand-over.ts) and opens the sidebar, which takes it on start or, if already open, when it is
 * told one is waiting.
 */
import { OPEN_ENTRY_FRESH_MS } from '../limits';
import { askHandOver, handOver, takeHandOver, watchHandOvers } from './hand-over';
import { TERM_ID } from '../matcher/term-ids';

const entryIdOf = (value: unknown) => (typeof value === 'string' && TERM_ID.test(value) ? value : undefined);

/** Background. */
export function requestEntry(id: string): void {
  handOver('entry', id);
}

/** Background: the id, and its hand-over's number, for a `take-hand-over` of kind "entry". */
export function takeEntryRequest(seq?: number, now?: number): { seq: number; value: string } | undefined {
  const held = takeHandOver('entry', OPEN_ENTRY_FRESH_MS, seq, now);
  const id = entryIdOf(held?.value);
  return held && id ? { seq: held.seq, value: id } : undefined;
}

/** Sidebar. */
export async function takeRequestedEntry(seq?: number): Promise<string | undefined> {
  return entryIdOf(await askHandOver('entry', seq));
}

/** Sidebar: each entry asked for while it is open. */
export function watchRequestedEntry(onEntry: (id: string) => void): void {
  watchHandOvers('entry', (seq) => void takeRequestedEntry(seq).then((id) => id && onEntry(id)));
}
