import type { ComponentChildren } from 'preact';
import { headwordOf, otherScriptForm, isTraditionalForm, readingOf, resolveScript, storyOf } from '../lib/glossary/lookup';
import { t, uiLanguage } from '../lib/browser/i18n';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { englishGlossOf, type CardEntry } from './card-entry';
import { ExcerptText } from './ExcerptText';
import { RelatedTerms } from './RelatedTerms';
import './term-card.css';
import type { SenseReason } from '../lib/matcher/sense-evidence';
import { SenseReasonLine } from './SenseReasonLine';

export interface TermCardProps {
  entry: CardEntry;
  /** The spelling the reader met (on the page, or typed); defaults to the canonical form. */
  seenAs?: string;
  languages?: DefinitionLanguages;
  /** The script of the card's Chinese prose; "page" follows `seenAs` and `pageLang`. */
  script?: DisplayScript;
  /** The language of the page (or interface) the card is shown over. */
  pageLang?: string;
  /** Called with a related term's id; without it related terms are listed but not clickable. */
  onSelectTerm?: (id: string) => void;
  /**
   * Progressive disclosure: with `onToggleDetails`, the sources note, excerpts and related terms sit
   * behind a "More" button and `details` says whether they are shown. Without it they always are.
   */
  details?: boolean;
  onToggleDetails?: (shown: boolean) => void;
  /** With `onMoreRelated`, show at most this many related terms and a "+N more" that calls it. */
  relatedLimit?: number;
  onMoreRelated?: () => void;
  /** Shown right after the definition and note, above "More": the hover card's buttons stay in reach when details are open. */
  beforeDetails?: ComponentChildren;
  /** Say which entry the text met matched, where the page wrote another form (the hover card). */
  showMatch?: boolean;
  /** Why an everyday word on the page was read as this term (the hover card); nothing for a form that needs no evidence. */
  senseReason?: SenseReason;
}

/** Own terms' ids (lib/db/types.ts): the reader's definition, not TermLens's. */
const isOwnTerm = (id: string) => id.startsWith('own-');

/** The basis line and its tooltip: where the definition comes from, in one phrase, and what that means. */
function basisOf(term: TermCardProps['entry']['term'], passageSource: { publication: string; title: string } | undefined): { text: string; help: string } {
  if (isOwnTerm(term.id)) return { text: t('basisOwn'), help: t('basisOwnHelp') };
  if (term.tier === 'core' && term.asOf) return { text: t('basisCore', term.asOf), help: t('basisCoreHelp') };
  if (term.definition.basis === 'seed' && passageSource) return { text: t('basisSeed', passageSource.publication, passageSource.title), help: t('basisSeedHelp') };
  return { text: t('basisContext'), help: t('basisContextHelp') };
}

/** "智能体 — matched 智能體 (its Traditional form)", where the text met is not the entry's own spelling. */
function matchLineOf(term: TermCardProps['entry']['term'], seenAs: string): string | undefined {
  if (seenAs.toLowerCase() === term.term.toLowerCase()) return undefined;
  const kind = isTraditionalForm(term, seenAs) ? 'matchedTraditional' : 'matchedAlias';
  return t('matchedForm', term.term, seenAs, t(kind));
}

/** One glossary entry: the view shared by the hover card, the popup and the sidebar. */
export function TermCard(props: TermCardProps) {
  const { entry, seenAs: seen, languages = 'both', script = 'page', pageLang, onSelectTerm, details = true, onToggleDetails } = props;
  const { term, category } = entry;
  const seenAs = seen ?? headwordOf(term, script, pageLang);
  const sourceOf = (id: string) => entry.sources.find((s) => s.id === id);
  const other = otherScriptForm(term, seenAs);
  const gloss = englishGlossOf(term, seenAs);
  // An own term imported with its English as its definition says it once, not twice.
  const english = gloss && languages !== 'zh' && gloss.trim().toLowerCase() === term.definition.en.trim().toLowerCase() ? undefined : gloss;
  // The reading and script of the spelling met (輝達: huī dá, Traditional), not only the canonical form's.
  const reading = readingOf(term, seenAs);
  const traditional = resolveScript(script, term, seenAs, pageLang) === 'traditional';
  const zhLang = traditional ? 'zh-Hant' : 'zh-Hans';
  const zh = (text: { zh: string; zhHant?: string }) => (traditional ? (text.zhHant ?? text.zh) : text.zh);
  const passageSource = term.definition.passage && sourceOf(term.definition.passage.source);
  const core = term.tier === 'core';
  const shown = details || !onToggleDetails;
  const basis = basisOf(term, passageSource);
  const match = props.showMatch ? matchLineOf(term, seenAs) : undefined;
  const hasDetails = !!term.inSources || (!core && term.excerpts.length > 0) || entry.related.length > 0;
  return (
    <article class="tl-card" lang="zh" aria-labelledby={`tl-term-${term.id}`}>
      <header class="tl-head">
        <h2 class="tl-headword" id={`tl-term-${term.id}`}>
          {seenAs}
          {other && <span class="tl-other">{other}</span>}
        </h2>
        {reading && (
          <p class="tl-pinyin">
            {reading}
            {isTraditionalForm(term, seenAs) && (
              <span class="tl-form-script" lang={uiLanguage()}>
                {' · '}
                {t('formTraditional')}
              </span>
            )}
          </p>
        )}
        {match && <p class="tl-match">{match}</p>}
        <SenseReasonLine form={seenAs} reason={props.senseReason} />
        <p class="tl-meta" lang="en">
          {english && <span class="tl-english">{english}</span>}
          {category && (
            <span class="tl-category">
              <span lang={zhLang}>{traditional ? (category.zhHant ?? category.zh) : category.zh}</span> · {category.en}
            </span>
          )}
        </p>
      </header>

      <section class="tl-definition" aria-label={t('definition')}>
        {languages !== 'en' && zh(term.definition) && <p lang={zhLang}>{zh(term.definition)}</p>}
        {languages !== 'zh' && term.definition.en && <p lang="en">{term.definition.en}</p>}
        <p class="tl-basis" title={basis.help} lang={uiLanguage()}>
          {basis.text}
        </p>
      </section>

      {entry.note && (
        <section class="tl-note" aria-label={t('cardNote')}>
          <h3>{t('cardNote')}</h3>
          <p>{entry.note}</p>
        </section>
      )}

      {props.beforeDetails}

      {onToggleDetails && hasDetails && (
        <button type="button" class="tl-more" aria-expanded={shown} onClick={() => onToggleDetails(!shown)}>
          {shown ? t('fewerDetails') : t('moreDetails')}
        </button>
      )}

      {shown && term.inSources && (
        <section class="tl-in-sources" aria-label={t('inSources')}>
          <h3>{t('inSources')}</h3>
          {languages !== 'en' && <p lang={zhLang}>{zh(term.inSources)}</p>}
          {languages !== 'zh' && <p lang="en">{term.inSources.en}</p>}
        </section>
      )}

      {shown && !core && term.excerpts.length > 0 && (
        <section class="tl-excerpts" aria-label={t('excerpts')}>
          {term.excerpts.map((excerpt) => {
            const source = sourceOf(excerpt.source);
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

      {shown && entry.related.length > 0 && (
        <RelatedTerms
          related={entry.related}
          traditional={traditional}
          onSelectTerm={onSelectTerm}
          limit={props.relatedLimit}
          onMore={props.onMoreRelated}
        />
      )}
    </article>
  );
}
