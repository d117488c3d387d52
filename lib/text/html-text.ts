/**
 * The readable text of an HTML file, for the Reader. The file is never built into a document:
 * htmlparser2's tokenizer reads it as a stream and only text is kept, so nesting depth costs nothing (a
 * document of 100,000 nested divs froze DOMParser for seconds) and no script, style or handler in
 * the file can run. Long files are tokenized in slices with `between` awaited after each.
 */
import { Tokenizer } from 'htmlparser2';
import { READER_HTML_SLICE_CHARS } from '../limits';

/** Elements whose content is not text to read. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);

/** Elements that end a line, so paragraphs stay paragraphs. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table',
  'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'hr',
]);

export async function htmlToText(html: string, between: () => Promise<void> = async () => {}): Promise<string> {
  const { tokenizer, text } = textCollector(html);
  for (let at = 0; at < html.length; at += READER_HTML_SLICE_CHARS) {
    tokenizer.write(html.slice(at, at + READER_HTML_SLICE_CHARS));
    if (at + READER_HTML_SLICE_CHARS < html.length) await between();
  }
  tokenizer.end();
  return text();
}

/** The same at once, for a short piece of HTML (an Anki field): linear in its length, whatever it holds. */
export function htmlSnippetText(html: string): string {
  const { tokenizer, text } = textCollector(html);
  tokenizer.write(html);
  tokenizer.end();
  return text();
}

/** A tokenizer that keeps the readable text of what it is given, and that text as lines. */
function textCollector(html: string): { tokenizer: Tokenizer; text: () => string } {
  const parts: string[] = [];
  /** Inside this many open skipped elements. No stack of open elements is kept: depth costs nothing. */
  let skipping = 0;
  let opening = '';
  const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const none = () => {};
  // htmlparser2's Parser keeps a stack of open elements that grows at its front (quadratic for deep
  // nesting); its Tokenizer keeps none. Its positions are offsets into the whole input.
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        opening = nameAt(start, end);
      },
      onopentagend() {
        if (SKIPPED.has(opening)) skipping++;
        else if (BLOCKS.has(opening) && skipping === 0) parts.push('\n'); // a block starts a line too: 幻觉<div>hallucination</div>
      },
      onselfclosingtag() {
        if (opening === 'br' && skipping === 0) parts.push('\n');
      },
      onclosetag(start, end) {
        const name = nameAt(start, end);
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name) && skipping === 0) parts.push('\n');
      },
      ontext(start, end) {
        if (skipping === 0) parts.push(html.slice(start, end));
      },
      ontextentity(codePoint) {
        if (skipping === 0) parts.push(String.fromCodePoint(codePoint));
      },
      onattribdata: none,
      onattribentity: none,
      onattribend: none,
      onattribname: none,
      oncdata: none,
      oncomment: none,
      ondeclaration: none,
      onend: none,
      onprocessinginstruction: none,
    },
  );
  const text = () =>
    parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
  return { tokenizer, text };
}
