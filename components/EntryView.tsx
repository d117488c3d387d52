import type { GlossaryIndex } from '../lib/glossary/lookup';
import { formOf, isTraditionalForm, readingOf, storyOf } from '../lib/glossary/lookup';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { t } from '../lib/browser/i18n';
import { cardEntryOf } from './card-entry';
import { ExcerptText } from './ExcerptText';
import { TermCard } from './TermCard';

export interface EntryViewProps {
  id: string;
  index: GlossaryIndex;
  /** The spelling the reader met (from a card): the entry's headword and reading are that form's. */
  seenAs?: string;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  pageLang?: string;
  onOpenEntry: (id: string) => void;
  onOpenSource: (sourceId: string, focus?: { offset: number; length: number }) => void;
}

/** The full entry: the shared card, then every spelling, each excerpt's place, and the sources. */
export function EntryView({ id, index, seenAs, languages, script, pageLang, onOpenEntry, onOpenSource }: EntryViewProps) {
  const term = index.term(id);
  if (!term) return null;
  const met = formOf(term, seenAs);
  const sources = Object.entries(term.occurrences)
    .map(([sourceId, count]) => ({ source: index.source(sourceId), count }))
    .filter((s) => s.source);
  return (
    <div class="tl-entry-view">
      <TermCard entry={cardEntryOf(index, term)} seenAs={met} languages={languages} script={script} pageLang={pageLang} onSelectTerm={onOpenEntry} />
      <section class="tl-entry-section" aria-labelledby="tl-forms">
        <h3 id="tl-forms">{t('forms')}</h3>
        {/* Each spelling with its own reading where it differs from the canonical one (輝達 huī dá). */}
        <ul class="tl-forms" lang="zh">
          {term.forms.map((form) => {
            const reading = readingOf(term, form);
            return (
              <li key={form} lang={isTraditionalForm(term, form) ? 'zh-Hant' : undefined}>
                {form}
                {reading !== term.pinyin && <span class="tl-muted"> {reading}</span>}
              </li>
            );
          })}
        </ul>
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
