import { useEffect, useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import type { Matcher } from '../lib/matcher/compile';
import { ArticleText } from './ArticleText';

export interface SourcesViewProps {
  index: GlossaryIndex;
  matcher: Matcher;
  termIds: readonly string[];
  /** The source open, and the passage to show in it. */
  open: { id: string; focus?: { offset: number; length: number } } | undefined;
  onOpen: (id: string | undefined) => void;
  onOpenEntry: (id: string) => void;
  /** Reads a source's text (bundled with the extension). */
  loadText: (file: string) => Promise<string>;
}

/** The seed articles; one opened shows its text with the glossary's terms marked. */
export function SourcesView({ index, matcher, termIds, open, onOpen, onOpenEntry, loadText }: SourcesViewProps) {
  const source = open && index.source(open.id);
  const [text, setText] = useState<{ id: string; text: string } | { id: string; error: string }>();

  useEffect(() => {
    if (!source) return;
    let live = true;
    loadText(source.file).then(
      (body) => live && setText({ id: source.id, text: body }),
      (error: Error) => live && setText({ id: source.id, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [source, loadText]);

  if (!source) {
    return (
      <section aria-label={t('tabSources')}>
        <p class="tl-muted">{t('sourcesIntro')}</p>
        <ul class="tl-list">
          {index.glossary.sources.map((s) => (
            <li key={s.id}>
              <button type="button" class="tl-row tl-source" onClick={() => onOpen(s.id)}>
                <span class="tl-row-term">{s.title}</span>
                <span class="tl-row-english">
                  {s.publication} · {s.author} · {s.date}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <article class="tl-source-view" aria-labelledby="tl-source-title">
      <button type="button" class="tl-back" onClick={() => onOpen(undefined)}>
        ← {t('back')}
      </button>
      <h2 id="tl-source-title">{source.title}</h2>
      <p class="tl-muted">
        {source.publication} · {source.author} · {source.date}
      </p>
      {text?.id === source.id &&
        ('error' in text ? (
          <p role="alert">{t('loadError', text.error)}</p>
        ) : (
          <ArticleText index={index} text={text.text} matcher={matcher} termIds={termIds} focus={open?.focus} onOpenEntry={onOpenEntry} />
        ))}
    </article>
  );
}
