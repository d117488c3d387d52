/**
 * What the background hands to the side panel as it opens it: an entry a card asked for, or a term
 * to add with where it was met. Kept in the background's memory and taken by the panel with a
 * message, not left in storage.session: content scripts may read storage.session (the start
 * cache, page-start-cache.ts), and the sentence and address met on one site must not be readable
 * by TermLens's scripts in every other tab's renderer.
 */
import { browser } from 'wxt/browser';
import type { HandOverKind, Request } from '../messages';

/** Background → extension pages: something is waiting for them (content scripts never get it). */
export interface HandOverWaiting {
  type: 'hand-over-waiting';
  kind: HandOverKind;
}

/**
 * How long a hand-over stays for other pages once one took it: the side panel the background
 * opens and a panel already open (in a tab, or a second window's) ask at about the same moment,
 * and each should show it; a panel opened later should not.
 */
export const HAND_OVER_SHARE_MS = 3_000;

const waiting = new Map<HandOverKind, { value: unknown; at: number; seq: number; takenAt?: number }>();
let handedOver = 0;

/** Background: keeps `value` for the panel and tells open extension pages to take it. */
export function handOver(kind: HandOverKind, value: unknown): void {
  waiting.set(kind, { value, at: Date.now(), seq: ++handedOver });
  const note: HandOverWaiting = { type: 'hand-over-waiting', kind };
  // No extension page open yet: the panel takes it when it starts.
  void browser.runtime.sendMessage(note).catch(() => {});
}

/** Background: the value waiting and its number, if younger than `freshMs` and not taken more than HAND_OVER_SHARE_MS ago. */
export function takeHandOver(kind: HandOverKind, freshMs: number, now = Date.now()): { seq: number; value: unknown } | undefined {
  const held = waiting.get(kind);
  if (!held) return undefined;
  if (now - held.at > freshMs || (held.takenAt !== undefined && now - held.takenAt > HAND_OVER_SHARE_MS)) {
    waiting.delete(kind);
    return undefined;
  }
  held.takenAt ??= now;
  return { seq: held.seq, value: held.value };
}

/** Background: only our own pages (the side panel, its fallback tab or window) may take a hand-over. */
export function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** The hand-overs this page has taken: each is shown once however often the page asks. */
const taken = new Set<number>();

/** Extension page: asks for what is waiting; undefined when nothing is, or this page already took it. */
export async function askHandOver(kind: HandOverKind): Promise<unknown> {
  const request: Request = { type: 'take-hand-over', kind };
  const reply = (await browser.runtime.sendMessage(request).catch(() => undefined)) as { seq?: unknown; value?: unknown } | undefined;
  if (typeof reply !== 'object' || reply === null || typeof reply.seq !== 'number' || taken.has(reply.seq)) return undefined;
  taken.add(reply.seq);
  return reply.value;
}

/** Extension page: calls `onWaiting` each time the background says something of `kind` is waiting. */
export function watchHandOvers(kind: HandOverKind, onWaiting: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as Partial<HandOverWaiting> | null;
    if (sender.id !== browser.runtime.id || m?.type !== 'hand-over-waiting' || m.kind !== kind) return undefined;
    onWaiting();
    return undefined;
  });
}
