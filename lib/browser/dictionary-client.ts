/** Asking the background's dictionary (content scripts and extension pages): the entries, or none on any failure. */
import { browser } from 'wxt/browser';
import type { DictMatch } from '../dict/dictionary';
import { DICT_LOOKUP_MAX_CHARS } from '../limits';
import { parseDictionaryReply, type Request } from '../messages';

export async function askDictionary(text: string): Promise<DictMatch[]> {
  const request: Request = { type: 'lookup-word', text: text.slice(0, DICT_LOOKUP_MAX_CHARS) };
  try {
    return parseDictionaryReply(await browser.runtime.sendMessage(request));
  } catch {
    return []; // the extension was updated, or the background could not load the dictionary
  }
}
