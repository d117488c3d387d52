/**
 * Card tokens: a content script may write a status or a note only for the term of a card the
 * background opened in that frame. The background answers a card's `get-entry` with a token that
 * binds the tab, the frame, the term and the time, signed with a key that never leaves the
 * background (HMAC-SHA-256); a write carries it back. Stateless, so a service worker restarted
 * while a card stays open still accepts it (the key lives in storage.session, closed to content
 * scripts), and nothing grows with the cards opened.
 */
import { browser } from 'wxt/browser';
import { CARD_TOKEN_MAX_AGE_MS } from '../limits';

/** Where a card was opened: the browser's own word for it (`sender.tab.id`, `sender.frameId`). */
export interface CardPlace {
  tabId: number;
  frameId: number;
}

/** `<issued at, ms>.<base64url signature>`. */
const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const signed = (place: CardPlace, termId: string, at: number) => encoder.encode(`${place.tabId}|${place.frameId}|${termId}|${at}`);

/** `key`: an HMAC key for SHA-256 (the same one for every call of a browser session). */
export function createCardTokens(key: () => Promise<CryptoKey>, now: () => number = Date.now) {
  return {
    async issue(place: CardPlace, termId: string): Promise<string> {
      const at = now();
      return `${at}.${base64url(await crypto.subtle.sign('HMAC', await key(), signed(place, termId, at)))}`;
    },
    /** Whether `token` was issued for this term in this frame, and not too long ago. */
    async check(token: unknown, place: CardPlace, termId: string): Promise<boolean> {
      const m = typeof token === 'string' ? TOKEN.exec(token) : null;
      if (!m) return false;
      const at = Number(m[1]);
      const age = now() - at;
      if (age < 0 || age > CARD_TOKEN_MAX_AGE_MS) return false;
      const expected = base64url(await crypto.subtle.sign('HMAC', await key(), signed(place, termId, at)));
      return expected === m[2];
    },
  };
}

/** A fresh key, or the one kept for this browser session in `store` (the background's storage.session). */
export async function sessionHmacKey(store: { get(): Promise<unknown>; set(raw: number[]): Promise<void> } | undefined): Promise<CryptoKey> {
  const kept = await store?.get().catch(() => undefined);
  let raw: Uint8Array<ArrayBuffer>;
  if (Array.isArray(kept) && kept.length === 32 && kept.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) raw = Uint8Array.from(kept as number[]);
  else {
    raw = crypto.getRandomValues(new Uint8Array(32));
    await store?.set([...raw]).catch(() => {});
  }
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

const KEY_ITEM = 'cardTokenKey';

/** Background: where the signing key is kept for the browser session (storage.session: closed to content scripts). */
export function cardTokenKeyStore(): { get(): Promise<unknown>; set(raw: number[]): Promise<void> } | undefined {
  const area = (browser.storage as unknown as { session?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } }).session;
  return area && { get: () => area.get(KEY_ITEM).then((stored) => stored[KEY_ITEM]), set: (raw) => area.set({ [KEY_ITEM]: raw }) };
}
