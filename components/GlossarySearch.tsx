import { chineseNameOf, headwordOf } from '../lib/glossary/lookup';
import type { ComponentChild } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import type { GlossaryTerm } from '../lib/glossary/types';
import { t } from '../lib/browser/i18n';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { createSearch } from '../lib/search';
import { cardEntryOf } from './card-entry';
import { TermCard } from './TermCard';
import './glossary-search.css';

export interface GlossarySearchProps {
  index: GlossaryIndex;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  /** The interface language, which "follow the page" follows here. */
  pageLang?: string;
  /** Shown in place of a search that found no term (the popup's CC-CEDICT lookup), given what to show if it finds nothing either. */
  fallback?: (query: string, notFound: ComponentChild) => ComponentChild;
}

/** A search box over the glossary with a keyboard-navigable result list and an entry view. */
export function GlossarySearch({ index, languages, script, pageLang, fallback }: GlossarySearchProps) {
  const search = useMemo(() => createSearch(index.glossary), [index]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState<GlossaryTerm | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => search(query), [search, query]);
  const noMatch = <p class="tl-empty">{t('noMatch')}</p>;

  const openTerm = (term: GlossaryTerm | undefined) => {
    if (term) setOpen(term);
  };

  if (open) {
    return (
      <div class="tl-entry">
        <button
          type="button"
          class="tl-back"
          autoFocus
          onClick={() => {
            setOpen(undefined);
            queueMicrotask(() => input.current?.focus());
          }}
        >
          ← {t('back')}
        </button>
        <TermCard entry={cardEntryOf(index, open)} languages={languages} script={script} pageLang={pageLang} onSelectTerm={(id) => openTerm(index.term(id))} />
      </div>
    );
  }

  return (
    <div class="tl-search">
      <input
        ref={input}
        type="search"
        autoFocus
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-controls="tl-results"
        aria-activedescendant={results.length > 0 ? `tl-result-${results[selected]?.id}` : undefined}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setSelected(0);
        }}
        onKeyDown={(e) => {
          if (e.isComposing) return; // an IME is composing: the keys are the user's, not ours
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setSelected((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setSelected((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            openTerm(results[selected]);
          }
        }}
      />
      <ul id="tl-results" role="listbox" aria-label={t('results')}>
        {results.map((term, i) => (
          <li
            key={term.id}
            id={`tl-result-${term.id}`}
            role="option"
            aria-selected={i === selected}
            onMouseEnter={() => setSelected(i)}
            onClick={() => openTerm(term)}
          >
            <span class="tl-result-name">
              <span class="tl-result-term">{headwordOf(term, script ?? 'page', pageLang)}</span>
              {chineseNameOf(term, script ?? 'page', pageLang) && (
                <span class="tl-result-zh" lang="zh">
                  {chineseNameOf(term, script ?? 'page', pageLang)}
                </span>
              )}
            </span>
            <span class="tl-result-english">{term.english}</span>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && results.length === 0 && (fallback ? fallback(query, noMatch) : noMatch)}
    </div>
  );
}
