import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DictMatch } from '../lib/dict/dictionary';
import { t } from '../lib/browser/i18n';
import { DictionaryCard } from './DictionaryCard';

export interface DictionaryFallbackProps {
  /** What the reader searched for: Chinese, pinyin or English. */
  query: string;
  /** The dictionary's entries for a text (the popup asks the background): the words Chinese text starts with, or the words read or meaning the rest. */
  lookup: (text: string) => Promise<DictMatch[]>;
  /** Shown once the dictionary has nothing either. */
  notFound: ComponentChild;
}

/** In place of a glossary search that found nothing: CC-CEDICT's words for the query, or `notFound`. */
export function DictionaryFallback({ query, lookup, notFound }: DictionaryFallbackProps) {
  const text = query.trim();
  const [found, setFound] = useState<{ text: string; entries: DictMatch[] }>();
  useEffect(() => {
    let current = true;
    void lookup(text).then((entries) => current && setFound({ text, entries }));
    return () => void (current = false);
  }, [text, lookup]);
  // A reply for an earlier query is not shown under this one.
  if (found?.text !== text) return null;
  if (found.entries.length === 0) return notFound;
  return (
    <section class="tl-dict-fallback" aria-label={t('fromCedict')}>
      <p class="tl-empty">{t('notInGlossary')}</p>
      <h3 class="tl-dict-fallback-title">{t('fromCedict')}</h3>
      <DictionaryCard entries={found.entries} />
    </section>
  );
}
