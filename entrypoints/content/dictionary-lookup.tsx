/**
 * Dictionary lookups of text the glossary does not mark (CC-CEDICT, served by the background):
 * Alt+hover or Alt+click on Chinese text, Alt+L at the selection or caret, and the context menu's
 * "Look up with TermLens". Nothing is marked; a card shows the longest words starting there. The
 * card host and its behaviour are the glossary card's (cards.tsx), which also decides that a
 * glossary term at the same place wins.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DictionaryHoverCard } from '../../components/DictionaryCard';
import { firstTextPoint } from '../../lib/dom/boundary-text';
import { caretAt, pointIsOnChar } from '../../lib/dom/caret';
import { draftOfRange, draftOfWord } from '../../lib/dom/selection-context';
import type { AddDraft } from '../../lib/add-draft';
import { textAfter, type TextAfter } from '../../lib/dom/text-after';
import type { DictMatch } from '../../lib/dict/dictionary';
import { DICT_LOOKUP_MAX_CHARS } from '../../lib/limits';
import { askDictionary } from '../../lib/browser/dictionary-client';
import { parseTabRequest } from '../../lib/messages';
import { themeBehind } from './card-support';
import { DictAddButton } from './dict-add';
import { showLookupHighlight } from './lookup-highlight';
import type { CardController } from './cards';

interface Target extends TextAfter {
  node: Node;
  offset: number;
}

export function setUpDictionaryLookup(ctx: ContentScriptContext, cards: CardController, isActive: () => boolean): void {
  let pendingTimer: number | undefined;
  /** The place last looked up (pending or shown), so a pointer resting on it asks nothing again. */
  let last: Target | undefined;
  /** Bumped by every new lookup and by cancel(): a reply for an older one is dropped. */
  let generation = 0;

  function cancel(): void {
    clearTimeout(pendingTimer);
    last = undefined;
    generation++;
  }

  async function show(target: Target, takeFocus: boolean): Promise<void> {
    const mine = ++generation;
    const entries = await askDictionary(target.text);
    if (mine !== generation || ctx.isInvalid || entries.length === 0) return;
    const entryActions = (entry: DictMatch) => <DictAddButton draft={() => draftOf(target, entry)} />;
    const matched = target.rangeOf(entries[0]!.word.length);
    await cards.showContent(
      matched,
      (close, nav) => <DictionaryHoverCard entries={entries} entryActions={entryActions} onClose={close} takeFocus={takeFocus} theme={themeBehind(target.node)} nav={nav} />,
      takeFocus,
    );
    // The characters the card is about, shown on the page while it is open (cards.tsx clears it on close).
    if (mine === generation) showLookupHighlight(matched);
  }

  /** "Add to my glossary": the word as the page writes it and where it stands, read now, for the side panel's form. */
  function draftOf(target: Target, entry: DictMatch): AddDraft | undefined {
    if (!target.node.isConnected) return draftOfWord(document, entry.word);
    return draftOfRange(document, target.rangeOf(entry.word.length), entry.word);
  }

  function at(node: Node | null | undefined, offset: number): Target | undefined {
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    const found = textAfter(document, node as Text, offset, DICT_LOOKUP_MAX_CHARS);
    return found && { ...found, node, offset };
  }

  function targetAtPoint(x: number, y: number): Target | undefined {
    const caret = caretAt(document, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    // The caret sits between characters: the pointer is on the one after it or the one before.
    for (const offset of [caret.offset, caret.offset - 1]) {
      if (pointIsOnChar(document, caret.node as Text, offset, x, y)) return at(caret.node, offset);
    }
    return undefined;
  }

  function targetAtSelection(): Target | undefined {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    // A triple-clicked paragraph or a selected title starts at an element: its first text is meant.
    const start = firstTextPoint(document, range);
    const target = start && at(start.node, start.offset);
    if (!target || range.collapsed) return target;
    // A selection is looked up as selected: the words inside it, not running on past its end.
    const rest = document.createRange();
    rest.setStart(start.node, start.offset);
    rest.setEnd(range.endContainer, range.endOffset);
    const selected = rest.toString().trimEnd().length;
    return { ...target, text: target.text.slice(0, Math.max(1, Math.min(selected, DICT_LOOKUP_MAX_CHARS))) };
  }

  cards.setUnmarkedLookup({
    pointer(x, y, delayMs) {
      if (!isActive()) return false;
      const target = targetAtPoint(x, y);
      if (!target) {
        clearTimeout(pendingTimer);
        last = undefined;
        return false;
      }
      if (last && last.node === target.node && last.offset === target.offset) return true;
      cancel();
      last = target;
      pendingTimer = ctx.setTimeout(() => void show(target, false), delayMs);
      return true;
    },
    atSelection() {
      if (!isActive()) return false;
      const target = targetAtSelection();
      if (!target) return false;
      cancel();
      last = target;
      void show(target, true);
      return true;
    },
    cancel,
  });

  // The context menu's "Look up with TermLens", sent to the frame the selection is in.
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || parseTabRequest(message)?.type !== 'lookup-selection') return undefined;
    return Promise.resolve(cards.lookUpAtFocus());
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
