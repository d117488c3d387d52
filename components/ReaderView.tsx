import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import { READER_CHUNK_CHARS, READER_EDIT_DEBOUNCE_MS, READER_EDITOR_MAX_CHARS, READER_MAX_BYTES } from '../lib/limits';
import type { Matcher } from '../lib/matcher/compile';
import { decodeBytes, looksBinary, utf8Length } from '../lib/text/decode';
import { htmlToText } from '../lib/text/html-text';
import { chunksOf } from '../lib/text/segments';
import { ArticleText, type ArticleTextProps } from './ArticleText';

const isHtmlFile = (file: File) => /\.x?html?$/i.test(file.name) || file.type.includes('html');

/** Lets the panel paint and take input between slices of a long parse. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type FileReading = { text: string; notice?: string } | { error: string };

/**
 * A local file as text: refused past the size limit or when binary; decoded by its byte-order
 * mark, its declared charset or as UTF-8, else guessed (with a notice); HTML reduced to its text
 * without building a document.
 */
export async function readFile(file: File): Promise<FileReading> {
  if (file.size > READER_MAX_BYTES) return { error: t('readerFileTooBig', READER_MAX_BYTES / 1024 / 1024) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) return { error: t('readerNotText', file.name) };
  const html = isHtmlFile(file);
  const decoded = await decodeBytes(bytes, { html, between: nextTask });
  const text = html ? await htmlToText(decoded.text, nextTask) : decoded.text;
  return { text, notice: decoded.guessed ? t('readerEncodingGuessed', file.name, decoded.encoding) : undefined };
}

/** One piece of the text: re-rendered only when its own text changes. */
const TextPiece = memo(ArticleText);

/**
 * Text in pieces of about READER_CHUNK_CHARS, the next one rendered when the reader nears the end
 * (or asks): a 5 MB text is never laid out at once, and only the pieces shown are scanned.
 */
function LongText({ text, ...rest }: Omit<ArticleTextProps, 'focus'>) {
  const chunks = useMemo(() => chunksOf(text, READER_CHUNK_CHARS), [text]);
  const [shown, setShown] = useState(1);
  const more = useRef<HTMLButtonElement>(null);
  useEffect(() => setShown(1), [chunks]);
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + 1);
    }, { rootMargin: '100% 0px' });
    io.observe(button);
    return () => io.disconnect();
  }, [shown, chunks]);
  return (
    <div class="tl-reader-text">
      {chunks.slice(0, shown).map((chunk) => (
        <TextPiece key={chunk.offset} text={chunk.text} {...rest} />
      ))}
      {shown < chunks.length && (
        <button type="button" ref={more} class="tl-more" onClick={() => setShown((n) => n + 1)}>
          {t('readerMore')}
        </button>
      )}
    </div>
  );
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
  /** The text marked below; the box is left to the browser while typing and read when typing pauses. */
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [notices, setNotices] = useState<string[]>([]);
  const box = useRef<HTMLTextAreaElement>(null);
  const typing = useRef<number | undefined>(undefined);
  useEffect(() => () => clearTimeout(typing.current), []);

  const tooBig = () => setError(t('readerFileTooBig', READER_MAX_BYTES / 1024 / 1024));

  const commit = () => {
    const value = box.current?.value ?? '';
    if (utf8Length(value) > READER_MAX_BYTES) return tooBig();
    setError(undefined);
    setNotices([]);
    setText(value);
  };

  const onInput = () => {
    clearTimeout(typing.current);
    typing.current = window.setTimeout(commit, READER_EDIT_DEBOUNCE_MS);
  };

  const onPaste = (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const current = box.current?.value ?? '';
    // Measured before the browser inserts it: what replaces a selection does not add to the size.
    const selected = box.current ? box.current.selectionEnd - box.current.selectionStart : 0;
    if (utf8Length(pasted) + utf8Length(current) - selected > READER_MAX_BYTES) {
      e.preventDefault();
      tooBig();
    } else if (pasted.length > READER_EDITOR_MAX_CHARS) {
      e.preventDefault();
      show(pasted);
    }
  };

  /** A text to read: in the box if it is short enough to edit there, else only below it. */
  const show = (value: string, notice?: string) => {
    clearTimeout(typing.current);
    const editable = value.length <= READER_EDITOR_MAX_CHARS;
    if (box.current) box.current.value = editable ? value : '';
    setError(undefined);
    setText(value);
    setNotices([notice, editable ? undefined : t('readerNotEditable', value.length.toLocaleString())].filter((n): n is string => !!n));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    clearTimeout(typing.current);
    setNotices([t('readerReading', file.name)]);
    setError(undefined);
    try {
      const read = await readFile(file);
      if ('error' in read) {
        setNotices([]);
        return setError(read.error);
      }
      show(read.text, read.notice);
    } catch (e) {
      setNotices([]);
      setError(t('readerFileError', file.name, (e as Error).message));
    }
  };

  return (
    <section aria-label={t('tabReader')} class="tl-reader">
      <p class="tl-muted">{t('readerIntro')}</p>
      <label class="tl-field">
        {t('readerPaste')}
        <textarea rows={5} ref={box} onInput={onInput} onPaste={onPaste} />
      </label>
      <label class="tl-file">
        {t('readerOpenFile')}
        <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void open(e.currentTarget.files?.[0])} />
      </label>
      {error && <p role="alert">{error}</p>}
      {notices.length > 0 && (
        <div role="status" class="tl-muted">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {text.trim() && <LongText index={index} text={text} matcher={matcher} termIds={termIds} onOpenEntry={onOpenEntry} />}
    </section>
  );
}
