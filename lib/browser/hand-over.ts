/**
 * What the background hands to the side panel as it opens it: an entry a card asked for, or a term
 * to add with where it was met. Kept in the background's memory and taken by the panel with a
 * message that only our own pages may send (lib/browser/sender.ts): the sentence and address met on
 * one site must not be readable by TermLens's scripts in every other tab's renderer.
 */
import { browser } from 'wxt/browser';
import type { HandOverKind, Request } from '../messages';

/** Background → extension pages: something is waiting for them (content scripts never get it). */
export interface HandOverWaiting {
  type: 'hand-over-waiting';
  kind: HandOverKind;
  /** Pages told of it may take it by this number, even once another page has. */
  seq: number;
}

const waiting = new Map<HandOverKind, { value: unknown; at: number; seq: number; taken: boolean }>();
let handedOver = 0;

/** Background: keeps `value` for the panel and tells open extension pages to take it. */
export function handOver(kind: HandOverKind, value: unknown): void {
  const seq = ++handedOver;
  waiting.set(kind, { value, at: Date.now(), seq, taken: false });
  const note: HandOverWaiting = { type: 'hand-over-waiting', kind, seq };
  // No extension page open yet: the panel takes it when it starts.
  void browser.runtime.sendMessage(note).catch(() => {});
}

/**
 * Background: the value waiting and its number, if younger than `freshMs`. A page that was told
 * of it (`seq`: a panel already open) always gets it; a page just starting (no `seq`: the panel
 * the background opened) only if no page has taken it yet, so a panel opened later shows nothing old.
 */
export function takeHandOver(kind: HandOverKind, freshMs: number, seq?: number, now = Date.now()): { seq: number; value: unknown } | undefined {
  const held = waiting.get(kind);
  if (!held) return undefined;
  if (now - held.at > freshMs) {
    waiting.delete(kind);
    return undefined;
  }
  if (seq === undefined ? held.taken : seq !== held.seq) return undefined;
  held.taken = true;
  return { seq: held.seq, value: held.value };
}

/** Background: only our own pages (the side panel, its fallback tab or window) may take a hand-over. */
export function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** The hand-overs this page has taken: each is shown once however often the page asks. */
const taken = new Set<number>();

/** Extension page: asks for what is waiting (the one numbered `seq` if told of it); undefined when nothing is, or this page already took it. */
export async function askHandOver(kind: HandOverKind, seq?: number): Promise<unknown> {
  const request: Request = seq === undefined ? { type: 'take-hand-over', kind } : { type: 'take-hand-over', kind, seq };
  const reply = (await browser.runtime.sendMessage(request).catch(() => undefined)) as { seq?: unknown; value?: unknown } | undefined;
  if (typeof reply !== 'object' || reply === null || typeof reply.seq !== 'number' || taken.has(reply.seq)) return undefined;
  taken.add(reply.seq);
  return reply.value;
}

/** Extension page: calls `onWaiting` with its number each time the background says something of `kind` is waiting. */
export function watchHandOvers(kind: HandOverKind, onWaiting: (seq: number) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as Partial<HandOverWaiting> | null;
    if (sender.id !== browser.runtime.id || m?.type !== 'hand-over-waiting' || m.kind !== kind || typeof m.seq !== 'number') return undefined;
    onWaiting(m.seq);
    return undefined;
  });
}
