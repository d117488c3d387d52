/**
 * The CC-CEDICT dictionary in the background: read from the extension's own `cedict.txt` on the
 * first lookup and kept (a restarted service worker reads it again). Content scripts never load
 * it; they send a few characters and get the entries back.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { loadDictionary, type Dictionary } from '../dict/dictionary';
import { parseHeader, type IndexHeader } from '../dict/index-format';
import { DICT_MAX_ENTRIES } from '../limits';
import { startsWithHan } from '../dict/han';
import { numberedPinyin, tonelessPinyin } from '../text/pinyin-query';
import type { DictionaryReply } from '../messages';

// Added by the build:publicAssets hook in wxt.config.ts, which WXT's generated path types don't see.
export const BUNDLED_DICTIONARY_PATH = '/cedict.txt' as PublicPath;

let loaded: Promise<Dictionary> | undefined;

async function fetchDictionary(): Promise<Dictionary> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_DICTIONARY_PATH));
  if (!response.ok) throw new Error(`cedict.txt: HTTP ${response.status}`);
  return loadDictionary(await response.text());
}

export function dictionary(): Promise<Dictionary> {
  // A failed load is not kept: the next lookup tries again.
  return (loaded ??= fetchDictionary().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));
}

/** Han text: the words it starts with. Latin text (the popup's search): the entries meaning it or read so. */
export async function lookUpWord(text: string): Promise<DictionaryReply> {
  const dict = await dictionary();
  if (startsWithHan(text)) return { entries: dict.lookup(text, DICT_MAX_ENTRIES) };
  const typed = tonelessPinyin(text.trim().toLowerCase().replace(/\s+/g, ' '));
  return { entries: dict.search(text, numberedPinyin(typed) ?? typed, DICT_MAX_ENTRIES) };
}

/** The index's header alone (for the options' About section): the first chunk of the file, not all of it. */
export async function readDictionaryHeader(): Promise<IndexHeader> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_DICTIONARY_PATH));
  if (!response.ok || !response.body) throw new Error(`cedict.txt: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let head = '';
  while (!head.includes('\n')) {
    const { done, value } = await reader.read();
    if (done) break;
    head += decoder.decode(value, { stream: true });
  }
  void reader.cancel();
  return parseHeader(head.slice(0, head.indexOf('\n')));
}
