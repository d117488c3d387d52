import { headwordOf } from '../lib/glossary/lookup';
import type { DisplayScript } from '../lib/settings';
import { useMemo, useState } from 'preact/hooks';
import { groupByCategory } from '../lib/glossary/browse';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';

export interface GlossaryBrowserProps {
  index: GlossaryIndex;
  onOpenEntry: (id: string) => void;
  script?: DisplayScript;
  pageLang?: string;
  /** Domains switched off in the options: listed (searchable) but said to be unmarked. */
  offDomains?: readonly string[];
}

/** Every term, grouped by domain and sorted by pinyin, with a filter box. */
export function GlossaryBrowser({ index, onOpenEntry, script = 'page', pageLang, offDomains = [] }: GlossaryBrowserProps) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => groupByCategory(index.glossary, filter), [index, filter]);
  const total = groups.reduce((n, g) => n + g.terms.length, 0);
  return (
    <section aria-label={t('tabGlossary')}>
      <input
        type="search"
        class="tl-filter"
        value={filter}
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterPlaceholder')}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <p class="tl-muted" aria-live="polite">{t('termCount', total)}</p>
      {groups.map(({ category, terms }) => (
        <section key={category.id} class="tl-group" aria-labelledby={`tl-cat-${category.id}`}>
          <h3 id={`tl-cat-${category.id}`}>
            {category.zh} · {category.en}
            {offDomains.includes(category.id) && <span class="tl-muted tl-domain-off"> · {t('domainOff')}</span>}
          </h3>
          <ul class="tl-list">
            {terms.map((term) => (
              <li key={term.id}>
                <button type="button" class="tl-row" onClick={() => onOpenEntry(term.id)}>
                  <span class="tl-row-term">{headwordOf(term, script, pageLang)}</span>
                  <span class="tl-row-english">{term.english}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
