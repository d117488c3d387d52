/**
 * Interface strings, through the extension's own i18n (public/_locales, written by
 * `npm run messages`): the browser picks English, Simplified or Traditional Chinese from its UI
 * language. Keys are typed from the English catalogue, so a missing key fails the typecheck.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // An empty answer means a catalogue without the key (a stale build): show the key, not nothing.
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** A message given as data (a key and its substitutions), such as an import report's reasons. */
export function tMessage(message: { key: MessageKey; args?: (string | number)[] }): string {
  return t(message.key, ...(message.args ?? []));
}

/** The interface language the browser chose (zh-CN, zh-TW, en), for the `lang` attribute of extension pages. */
export function uiLanguage(): string {
  return (browser.i18n.getMessage('@@ui_locale') || 'en').replace('_', '-');
}
