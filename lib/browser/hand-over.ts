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

const waiting = new Map<HandOverKind, { value: unknown; at: number }>();

/** Background: keeps `value` for the panel and tells open extension pages to take it. */
export function handOver(kind: HandOverKind, value: unknown): void {
  waiting.set(kind, { value, at: Date.now() });
  const note: HandOverWaiting = { type: 'hand-over-waiting', kind };
  // No extension page open yet: the panel takes it when it starts.
  void browser.runtime.sendMessage(note).catch(() => {});
}

/** Background: the value waiting, once, if it is younger than `freshMs`. */
export function takeHandOver(kind: HandOverKind, freshMs: number, now = Date.now()): unknown {
  const held = waiting.get(kind);
  waiting.delete(kind);
  return held && now - held.at <= freshMs ? held.value : undefined;
}

/** Background: only our own pages (the side panel, its fallback tab or window) may take a hand-over. */
export function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** Extension page: asks for what is waiting. */
export async function askHandOver(kind: HandOverKind): Promise<unknown> {
  const request: Request = { type: 'take-hand-over', kind };
  return browser.runtime.sendMessage(request).catch(() => undefined);
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
