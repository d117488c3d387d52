import type { GlossaryIndex } from '../lib/glossary/lookup';
import { otherScriptForm, resolveScript, storyOf } from '../lib/glossary/lookup';
import type { GlossaryTerm } from '../lib/glossary/types';
import { t } from '../lib/browser/i18n';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { ExcerptText } from './ExcerptText';
import './term-card.css';

export interface TermCardProps {
  term: GlossaryTerm;
  index: GlossaryIndex;
  /** The spelling the reader met (on the page, or typed); defaults to the canonical form. */
  seenAs?: string;
  languages?: DefinitionLanguages;
  /** The script of the card's Chinese prose; "page" follows `seenAs` and `pageLang`. */
  script?: DisplayScript;
  /** The language of the page (or interface) the card is shown over. */
  pageLang?: string;
  /** Called with a related term's id; without it related terms are listed but not clickable. */
  onSelectTerm?: (id: string) => void;
}

/** One glossary entry: the view shared by the hover card, the popup and the sidebar. */
export function TermCard({ term, index, seenAs = term.term, languages = 'both', script = 'page', pageLang, onSelectTerm }: TermCardProps) {
  const other = otherScriptForm(term, seenAs);
  const category = index.category(term.category);
  const traditional = resolveScript(script, term, seenAs, pageLang) === 'traditional';
  const zhLang = traditional ? 'zh-Hant' : 'zh-Hans';
  const passageSource = term.definition.passage && index.source(term.definition.passage.source);
  return (
    <article class="tl-card" lang="zh" aria-labelledby={`tl-term-${term.id}`}>
      <header class="tl-head">
        <h2 class="tl-term" id={`tl-term-${term.id}`}>
          {seenAs}
          {other && <span class="tl-other">{other}</span>}
        </h2>
        {term.pinyin && <p class="tl-pinyin">{term.pinyin}</p>}
        <p class="tl-meta" lang="en">
          <span class="tl-english">{term.english}</span>
          {category && (
            <span class="tl-category">
              <span lang={zhLang}>{traditional ? (category.zhHant ?? category.zh) : category.zh}</span> · {category.en}
            </span>
          )}
        </p>
      </header>

      <section class="tl-definition" aria-label={t('definition')}>
        {languages !== 'en' && <p lang={zhLang}>{traditional ? (term.definition.zhHant ?? term.definition.zh) : term.definition.zh}</p>}
        {languages !== 'zh' && <p lang="en">{term.definition.en}</p>}
        <p class="tl-basis">
          {term.definition.basis === 'seed' && passageSource
            ? t('basisSeed', passageSource.publication, passageSource.title)
            : t('basisContext')}
        </p>
      </section>

      {term.excerpts.length > 0 && (
        <section class="tl-excerpts" aria-label={t('excerpts')}>
          {term.excerpts.map((excerpt) => {
            const source = index.source(excerpt.source);
            const story = source && storyOf(source, excerpt);
            return (
              <figure class="tl-excerpt" key={`${excerpt.source}:${excerpt.offset}`}>
                <blockquote>
                  <ExcerptText excerpt={excerpt} />
                </blockquote>
                {source && story && (
                  <figcaption>
                    {source.publication} 《{story.title}》 {source.date}
                  </figcaption>
                )}
              </figure>
            );
          })}
        </section>
      )}

      {term.related.length > 0 && (
        <nav class="tl-related" aria-label={t('relatedTerms')}>
          {term.related.map((id) => {
            const name = index.termName(id);
            if (!name) return null;
            return onSelectTerm ? (
              <button type="button" key={id} onClick={() => onSelectTerm(id)}>
                {name}
              </button>
            ) : (
              <span key={id}>{name}</span>
            );
          })}
        </nav>
      )}
    </article>
  );
}
