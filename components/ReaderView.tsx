import { useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import type { Matcher } from '../lib/matcher/compile';
import { ArticleText } from './ArticleText';

/** Files up to this size are read: a book-length text, well past any article. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The text of a local file: .html through DOMParser (its scripts never run; only text is kept). */
export async function textOfFile(file: File): Promise<string> {
  const raw = await file.text();
  if (!/\.x?html?$/i.test(file.name) && !file.type.includes('html')) return raw;
  const doc = new DOMParser().parseFromString(raw, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  // Block elements end lines, so paragraphs stay paragraphs.
  for (const el of doc.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, br, tr, section, article, blockquote')) el.append('\n');
  return (doc.body?.textContent ?? '').replace(/\n\s*\n+/g, '\n');
}

/** Paste text or open a file, and read it with terms marked: for places no content script reaches. */
export function ReaderView({
  index,
  matcher,
  termIds,
  onOpenEntry,
}: {
  index: GlossaryIndex;
  matcher: Matcher;
  termIds: readonly string[];
  onOpenEntry: (id: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setError(t('readerFileTooBig'));
    try {
      setText(await textOfFile(file));
      setError(undefined);
    } catch (e) {
      setError(t('readerFileError', file.name, (e as Error).message));
    }
  };

  return (
    <section aria-label={t('tabReader')} class="tl-reader">
      <p class="tl-muted">{t('readerIntro')}</p>
      <label class="tl-field">
        {t('readerPaste')}
        <textarea rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label class="tl-file">
        {t('readerOpenFile')}
        <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void open(e.currentTarget.files?.[0])} />
      </label>
      {error && <p role="alert">{error}</p>}
      {text.trim() && <ArticleText index={index} text={text} matcher={matcher} termIds={termIds} onOpenEntry={onOpenEntry} />}
    </section>
  );
}
