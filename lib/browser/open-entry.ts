/**
 * "Open this entry in the glossary" from a hover card: the background keeps the request
 * (hand-over.ts) and opens the sidebar, which takes it on start or, if already open, when it is
 * told one is waiting. The request carries the spelling the card was opened on, so the entry reads
 * that form (輝達: huī dá).
 */
import { OPEN_ENTRY_FRESH_MS } from '../limits';
import { parseEntryRequest, type EntryRequest } from '../messages';
import { askHandOver, handOver, takeHandOver, watchHandOvers } from './hand-over';

/** Background. */
export function requestEntry(entry: EntryRequest): void {
  handOver('entry', entry);
}

/** Background: the entry, and its hand-over's number, for a `take-hand-over` of kind "entry". */
export function takeEntryRequest(seq?: number, now?: number): { seq: number; value: EntryRequest } | undefined {
  const held = takeHandOver('entry', OPEN_ENTRY_FRESH_MS, seq, now);
  const entry = parseEntryRequest(held?.value);
  return held && entry ? { seq: held.seq, value: entry } : undefined;
}

/** Sidebar. */
export async function takeRequestedEntry(seq?: number): Promise<EntryRequest | undefined> {
  return parseEntryRequest(await askHandOver('entry', seq));
}

/** Sidebar: each entry asked for while it is open. */
export function watchRequestedEntry(onEntry: (entry: EntryRequest) => void): void {
  watchHandOvers('entry', (seq) => void takeRequestedEntry(seq).then((entry) => entry && onEntry(entry)));
}
