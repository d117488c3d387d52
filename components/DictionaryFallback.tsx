import { useEffect, useState } from 'preact/hooks';
import type { DictMatch } from '../lib/dict/dictionary';
import { startsWithHan } from '../lib/dict/han';
import { t } from '../lib/browser/i18n';
import { DictionaryCard } from './DictionaryCard';

export interface DictionaryFallbackProps {
  /** What the reader searched for; looked up only when it starts with a Han character. */
  query: string;
  /** The dictionary's entries for a text (the popup asks the background). */
  lookup: (text: string) => Promise<DictMatch[]>;
}

/** Under a glossary search that found nothing: the CC-CEDICT words the query starts with. */
export function DictionaryFallback({ query, lookup }: DictionaryFallbackProps) {
  const text = query.trim();
  const [found, setFound] = useState<{ text: string; entries: DictMatch[] }>();
  useEffect(() => {
    if (!startsWithHan(text)) return;
    let current = true;
    void lookup(text).then((entries) => current && setFound({ text, entries }));
    return () => void (current = false);
  }, [text, lookup]);
  // A reply for an earlier query is not shown under this one.
  if (!startsWithHan(text) || found?.text !== text || found.entries.length === 0) return null;
  return (
    <section class="tl-dict-fallback" aria-label={t('fromCedict')}>
      <h3 class="tl-dict-fallback-title">{t('fromCedict')}</h3>
      <DictionaryCard entries={found.entries} />
    </section>
  );
}
