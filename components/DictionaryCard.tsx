import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { DictMatch } from '../lib/dict/dictionary';
import { readableSense } from '../lib/dict/readable-sense';
import type { Theme } from '../lib/dom/page-theme';
import { t } from '../lib/browser/i18n';
import { CardBar, type CardNav } from './CardBar';
import './term-card.css';
import './dictionary-card.css';

export interface DictionaryCardProps {
  /** The entries found, longest words first (as the background's lookup returns them). */
  entries: DictMatch[];
  /**
   * Extra controls under one entry (for "add to my glossary"). Without it an entry shows nothing
   * more: no control is shown for a feature that is not there.
   */
  entryActions?: (entry: DictMatch) => ComponentChild;
}

/** CC-CEDICT entries in the glossary card's style: headword as met, the other script, pinyin, senses. */
export function DictionaryCard({ entries, entryActions }: DictionaryCardProps) {
  return (
    <article class="tl-card tl-dict" lang="zh">
      {entries.map((entry, i) => {
        const other = entry.word === entry.simplified ? entry.traditional : entry.simplified;
        const traditional = entry.word !== entry.simplified;
        return (
          <section class="tl-dict-entry" key={`${entry.simplified}|${entry.traditional}|${entry.pinyin}|${i}`}>
            <header class="tl-head">
              <h2 class="tl-term">
                {entry.word}
                {other !== entry.word && <span class="tl-other">{other}</span>}
              </h2>
              <p class="tl-pinyin">{entry.pinyin}</p>
            </header>
            <ol class="tl-senses" lang="en">
              {entry.senses.map((sense, n) => (
                <li key={n}>{readableSense(sense, traditional, measureLabel)}</li>
              ))}
            </ol>
            {entryActions?.(entry)}
          </section>
        );
      })}
      <p class="tl-dict-source" lang="en">{t('dictSource')}</p>
    </article>
  );
}

const measureLabel = (count: number) => t(count === 1 ? 'dictMeasureWord' : 'dictMeasureWords');

export interface DictionaryHoverCardProps extends DictionaryCardProps {
  /** The page's look behind the word, as the glossary card takes it. */
  theme?: Theme;
  onClose: () => void;
  /** Opened from the keyboard or the context menu: focus moves into the card so it is read out. */
  takeFocus?: boolean;
  /** Back and Forward through the pages this card has shown. */
  nav?: CardNav;
}

/** The dictionary card over a page: the same dialog as a glossary card's, around DictionaryCard. */
export function DictionaryHoverCard({ entries, entryActions, onClose, takeFocus = false, theme = 'light', nav }: DictionaryHoverCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const first = entries[0]?.word ?? '';
  useEffect(() => {
    if (takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [takeFocus, first]);
  return (
    <div class={`tl-hover tl-theme-${theme}`} role="dialog" aria-label={t('dictCardLabel', first)} tabIndex={-1} ref={dialog}>
      <CardBar nav={nav} onClose={onClose} />
      <DictionaryCard entries={entries} entryActions={entryActions} />
    </div>
  );
}
