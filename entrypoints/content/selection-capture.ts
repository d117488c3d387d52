/** "Add to TermLens" from the menu or the keyboard: this frame answers with its selection, if it has one. */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { draftOfSelection } from '../../lib/dom/selection-context';
import { parseTabRequest } from '../../lib/messages';

export function setUpSelectionCapture(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const request = sender.id === browser.runtime.id ? parseTabRequest(message) : undefined;
    if (request?.type !== 'capture-selection') return undefined;
    // The command asks every frame: the one with the keyboard focus is the one the reader pressed the keys in.
    if (request.focusedFrame && !document.hasFocus()) return undefined;
    // No selection here: no answer, so the frame that has one answers the command's question.
    const draft = draftOfSelection(document);
    return draft ? Promise.resolve(draft) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
