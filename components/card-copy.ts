/** The text "Copy" puts on the clipboard: term, pinyin, definition, and where it comes from, dated. */
import { t } from '../lib/browser/i18n';
import { isTraditionalForm, readingOf, resolveScript } from '../lib/glossary/lookup';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { englishGlossOf, type CardEntry } from './card-entry';

export function copyTextOf(
  entry: CardEntry,
  options: { seenAs: string; languages: DefinitionLanguages; script: DisplayScript; pageLang?: string },
): string {
  const { term } = entry;
  const traditional = resolveScript(options.script, term, options.seenAs, options.pageLang) === 'traditional';
  const english = englishGlossOf(term, options.seenAs);
  // The reading of the spelling met, and its script where it is a Traditional one: 輝達 (huī dá · Traditional).
  const reading = readingOf(term, options.seenAs);
  const said = reading && (isTraditionalForm(term, options.seenAs) ? `${reading} · ${t('formTraditional')}` : reading);
  const lines = [[options.seenAs, said && `(${said})`, english && `— ${english}`].filter(Boolean).join(' ')];
  if (options.languages !== 'en') lines.push(traditional ? (term.definition.zhHant ?? term.definition.zh) : term.definition.zh);
  if (options.languages !== 'zh') lines.push(term.definition.en);
  lines.push(citationOf(entry));
  return lines.join('\n');
}

/** "TermLens glossary, after <publication> “<title>” (<date>)", or for a term TermLens defines, "(as of <date>)". */
export function citationOf(entry: CardEntry): string {
  const { term } = entry;
  const passage = term.definition.passage;
  const cited = passage?.source ?? term.excerpts[0]?.source;
  const source = cited === undefined ? undefined : entry.sources.find((s) => s.id === cited);
  if (term.tier !== 'core' && source) return t('citedFrom', source.publication, source.title, source.date);
  return term.asOf ? t('citedCore', term.asOf) : t('extName');
}
