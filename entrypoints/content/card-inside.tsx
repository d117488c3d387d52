/**
 * What the reader does inside an open card: select its text (card-selection.ts), and look up a word
 * of it with Alt+hover or Alt+L, shown as the card's next page (a glossary term or CC-CEDICT entries).
 */
import type { ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { draftOfWord } from '../../lib/dom/selection-context';
import type { PageMatcher } from '../../lib/messages';
import type { DictMatch } from '../../lib/dict/dictionary';
import { createCardLookups } from './card-lookups';
import { attachCardSelection, type CardSelection } from './card-selection';
import type { CardHost } from './card-host';
import { DictAddButton } from './dict-add';

export interface CardInside {
  /** Sets the card's root up for selection and lookups (once, when the host is made). */
  attach(root: ShadowRoot): void;
  /** Alt+L while the card has focus or a selection: true when it looked up a word of the card. */
  lookUp(host: CardHost | undefined): boolean;
  /** The card closed or changed page: no selection, no lookup pending. */
  clear(): void;
}

export function createCardInside(
  ctx: ContentScriptContext,
  table: PageMatcher,
  hoverDelayMs: () => number,
  open: { term(id: string, seenAs: string): void; dictionary(entries: DictMatch[], addButton: (entry: DictMatch) => ComponentChild): void },
): CardInside {
  let selection: CardSelection | undefined;
  let timer: number | undefined;
  const lookUpWord = createCardLookups(table, {
    term: open.term,
    dictionary: (entries) => open.dictionary(entries, (entry) => <DictAddButton draft={() => draftOfWord(document, entry.word)} />),
  });
  return {
    attach(root) {
      selection = attachCardSelection(root, (word) => {
        clearTimeout(timer);
        timer = ctx.setTimeout(() => void lookUpWord(word), hoverDelayMs());
      });
    },
    lookUp(host) {
      const word = host?.isOpen && (host.root.activeElement || selection?.text()) ? selection?.lookupWord() : undefined;
      if (word) void lookUpWord(word);
      return !!word;
    },
    clear() {
      clearTimeout(timer);
      selection?.clear();
    },
  };
}
