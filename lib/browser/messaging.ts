/**
 * The one way to send a protocol message (lib/messages.ts): the reply's type follows from the
 * request's through `ReplyMap`, so a sender cannot expect the wrong answer. A reply that crosses
 * into another context is still checked where it is used (a tab may run another version of
 * TermLens; a layout indexes arrays in the scan).
 */
import { browser } from 'wxt/browser';
import type { ReplyMap, Request, TabRequest } from '../messages';

/** Content scripts and extension pages → the background. */
export function send<R extends Request>(request: R): Promise<ReplyMap[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<ReplyMap[R['type']]>;
}

/** Extension pages → the content script of a tab's top frame. */
export function sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<ReplyMap[R['type']]> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<ReplyMap[R['type']]>;
}
