/**
 * "Send to Anki": the optional host permission for AnkiConnect, asked for at the first click (never
 * at install), and the send itself with the extension page's fetch.
 */
import { browser } from 'wxt/browser';
import type { OwnTerm } from '../db/types';
import { ANKI_CONNECT_ORIGIN, ANKI_CONNECT_URL, sendToAnki, type AnkiSendResult } from '../export/anki-connect';

/** Must be the first thing a click handler does: browsers grant the prompt only during the reader's gesture. */
export function requestAnkiPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: [ANKI_CONNECT_ORIGIN] });
}

export function sendTermsToAnki(terms: readonly OwnTerm[]): Promise<AnkiSendResult> {
  // No JSON content type: a plain-text POST is a "simple" request, with no CORS preflight for AnkiConnect to answer.
  return sendToAnki((url, init) => fetch(url, init), ANKI_CONNECT_URL, terms);
}
