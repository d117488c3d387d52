/**
 * A term the reader is adding, read from the page at that moment: the words (a selection, or the
 * word a dictionary card is about), the sentence they stand in, the page's title and address.
 * Nothing is read before the reader asks to add.
 */
import { metUrlOf, termOfSelection, type AddDraft } from '../add-draft';
import { MET_SENTENCE_MAX_CHARS } from '../limits';
import { sentenceAround } from '../text/sentence';
import { BLOCK, classify } from './skip';

function blockOf(node: Node): Node {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && (classify(el) & BLOCK) === 0 && el.parentElement) el = el.parentElement;
  return el ?? node;
}

/** The sentence around `range` in its block (text as Range.toString reads it). */
export function sentenceOfRange(doc: Document, range: Range): string {
  const block = blockOf(range.commonAncestorContainer);
  const before = doc.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.selectNodeContents(block);
  after.setStart(range.endContainer, range.endOffset);
  const head = before.toString();
  const selected = range.toString();
  return sentenceAround({ text: head + selected + after.toString(), start: head.length, end: head.length + selected.length, maxChars: MET_SENTENCE_MAX_CHARS });
}

function metOf(doc: Document, sentence: string): AddDraft['met'] {
  const url = metUrlOf(doc.location?.href);
  const title = doc.title.trim();
  return { ...(title ? { title } : {}), ...(url ? { url } : {}), ...(sentence ? { sentence } : {}) };
}

/** A draft for `range`'s text (or `term`, when the words differ from the range: a card's headword). */
export function draftOfRange(doc: Document, range: Range, term?: string): AddDraft | undefined {
  const words = termOfSelection(term ?? range.toString());
  return words ? { term: words, met: metOf(doc, sentenceOfRange(doc, range)) } : undefined;
}

/** A draft for a word met inside a card (no sentence of the page holds it): the word and the page it was read on. */
export function draftOfWord(doc: Document, word: string): AddDraft | undefined {
  const words = termOfSelection(word);
  return words ? { term: words, met: metOf(doc, '') } : undefined;
}

/** A draft for what is selected now: in the page's text, or inside a text field. */
export function draftOfSelection(doc: Document): AddDraft | undefined {
  const field = doc.activeElement;
  if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text')) {
    const { selectionStart: start, selectionEnd: end, value } = field;
    if (start === null || end === null || start === end) return undefined;
    const words = termOfSelection(value.slice(start, end));
    return words ? { term: words, met: metOf(doc, sentenceAround({ text: value, start, end, maxChars: MET_SENTENCE_MAX_CHARS })) } : undefined;
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  return draftOfRange(doc, selection.getRangeAt(0));
}
