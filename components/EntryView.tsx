import type { GlossaryIndex } from '../lib/glossary/lookup';
import { storyOf } from '../lib/glossary/lookup';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { t } from '../lib/browser/i18n';
import { cardEntryOf } from './card-entry';
import { ExcerptText } from './ExcerptText';
import { TermCard } from './TermCard';

export interface EntryViewProps {
  id: string;
  index: GlossaryIndex;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  pageLang?: string;
  onOpenEntry: (id: string) => void;
  onOpenSource: (sourceId: string, focus?: { offset: number; length: number }) => void;
}

/** The full entry: the shared card, then every spelling, each excerpt's place, and the sources. */
export function EntryView({ id, index, languages, script, pageLang, onOpenEntry, onOpenSource }: EntryViewProps) {
  const term = index.term(id);
  if (!term) return null;
  const sources = Object.entries(term.occurrences)
    .map(([sourceId, count]) => ({ source: index.source(sourceId), count }))
    .filter((s) => s.source);
  return (
    <div class="tl-entry-view">
      <TermCard entry={cardEntryOf(index, term)} languages={languages} script={script} pageLang={pageLang} onSelectTerm={onOpenEntry} />
      <section class="tl-entry-section" aria-labelledby="tl-forms">
        <h3 id="tl-forms">{t('forms')}</h3>
        <p lang="zh">{term.forms.join(' · ')}</p>
      </section>
      {term.excerpts.length > 0 && (
        <section class="tl-entry-section" aria-labelledby="tl-excerpt-places">
          <h3 id="tl-excerpt-places">{t('allExcerpts')}</h3>
          <ul class="tl-plain">
            {term.excerpts.map((excerpt) => {
              const source = index.source(excerpt.source);
              return (
                <li key={`${excerpt.source}:${excerpt.offset}`}>
                  <blockquote class="tl-entry-excerpt" lang={source?.script ?? 'zh'}>
                    <ExcerptText excerpt={excerpt} />
                  </blockquote>
                  <button
                    type="button"
                    class="tl-link"
                    onClick={() => onOpenSource(excerpt.source, { offset: excerpt.offset, length: excerpt.text.length })}
                  >
                    {t('excerptInArticle')}
                  </button>{' '}
                  <span class="tl-muted">
                    {source && `${source.publication} 《${storyOf(source, excerpt).title}》`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section class="tl-entry-section" aria-labelledby="tl-entry-sources">
        <h3 id="tl-entry-sources">{t('sourcesOfTerm')}</h3>
        <ul class="tl-plain">
          {sources.map(({ source, count }) => (
            <li key={source!.id}>
              <button type="button" class="tl-link" onClick={() => onOpenSource(source!.id)}>
                {source!.publication} 《{source!.title}》
              </button>{' '}
              <span class="tl-muted">
                {source!.date} · {t('occurrencesInSources', count)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
