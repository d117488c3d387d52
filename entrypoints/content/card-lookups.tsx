/**
 * Lookups made inside an open card (Alt+hover or Alt+L on a word of a definition): the glossary
 * term the card's text marks there, else the CC-CEDICT entries starting there. The card shows the
 * answer as its next page (card-stack.ts), with Back to where the reader was.
 */
import type { ComponentChild } from 'preact';
import { DictionaryHoverCard } from '../../components/DictionaryCard';
import { askDictionary } from '../../lib/browser/dictionary-client';
import type { DictMatch } from '../../lib/dict/dictionary';
import { DICT_LOOKUP_MAX_CHARS } from '../../lib/limits';
import { matcherOf, type Matcher } from '../../lib/matcher/matcher';
import type { PageMatcher } from '../../lib/messages';
import type { Theme } from '../../lib/dom/page-theme';
import type { CardNav } from './card-stack';
import type { CardWord } from './card-selection';

export interface CardLookupTargets {
  /** A glossary term, with the spelling the card's text wrote it in. */
  term(id: string, seenAs: string): void;
  /** Dictionary entries for a word that is no glossary term. */
  dictionary(entries: DictMatch[]): void;
}

/** The glossary match covering `offset` (a selection: starting there), or undefined. */
export function glossaryMatchAt(matcher: Matcher, text: string, offset: number, selected?: number): { start: number; end: number; termIndex: number } | undefined {
  const matches = matcher.matchAll(text);
  if (selected !== undefined) return matches.find((m) => m.start === offset && m.end - m.start <= Math.max(selected, 1)) ?? matches.find((m) => m.start <= offset && offset < m.end);
  return matches.find((m) => m.start <= offset && offset < m.end);
}

export function createCardLookups(table: PageMatcher, open: CardLookupTargets): (word: CardWord & { length?: number }) => Promise<boolean> {
  // Its own matcher: the page's keeps what the page has shown (everyday forms wait for evidence there).
  let matcher: Matcher | undefined;
  let layout = table.layout;
  let asked = 0;
  return async (word) => {
    const mine = ++asked;
    if (!matcher || layout !== table.layout) {
      layout = table.layout;
      matcher = matcherOf(layout);
    }
    const hit = glossaryMatchAt(matcher, word.text, word.offset, word.length);
    const id = hit && table.ids.at(hit.termIndex);
    if (hit && id !== undefined) {
      open.term(id, word.text.slice(hit.start, hit.end));
      return true;
    }
    const entries = await askDictionary(word.text.slice(word.offset, word.offset + Math.min(word.length ?? DICT_LOOKUP_MAX_CHARS, DICT_LOOKUP_MAX_CHARS)));
    if (mine !== asked || entries.length === 0) return false;
    open.dictionary(entries);
    return true;
  };
}

/** A dictionary page of the card, for entries looked up inside it. */
export function dictionaryPage(entries: DictMatch[], theme: Theme, takeFocus: boolean, entryActions?: (entry: DictMatch) => ComponentChild) {
  return (close: () => void, nav: CardNav) => (
    <DictionaryHoverCard entries={entries} entryActions={entryActions} onClose={close} takeFocus={takeFocus} theme={theme} nav={nav} />
  );
}
