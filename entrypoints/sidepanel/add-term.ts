/**
 * The side panel's "Add a term": suggestions (OpenCC forms, loaded on first use; CC-CEDICT's reading
 * and English where it has the word, else pinyin-pro's reading) and saving.
 */
import type { OwnTermFormProps } from '../../components/OwnTermForm';
import { saveOwnTerm } from '../../lib/db/own-terms';
import { termProblem } from '../../lib/import/plan';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { loadScriptVariants } from '../../lib/browser/script-variants';
import { tMessage } from '../../lib/browser/i18n';
import { askDictionary } from '../../lib/browser/dictionary-client';
import { suggestionFromDictionary } from '../../lib/dict/own-term-suggestion';

let helpers: Promise<{ variantsOf: (term: string) => string[]; pinyinOf: (term: string) => string }> | undefined;
const loadHelpers = () =>
  (helpers ??= Promise.all([loadScriptVariants(), import('../../lib/glossary/pinyin')]).then(([variantsOf, { tonedPinyin }]) => ({ variantsOf, pinyinOf: tonedPinyin })));

export const addTermData: Omit<OwnTermFormProps, 'draft'> = {
  async suggest(term) {
    const [{ variantsOf, pinyinOf }, entries] = await Promise.all([loadHelpers(), askDictionary(term)]);
    const fromDictionary = suggestionFromDictionary(term, entries);
    return { forms: variantsOf(term), pinyin: fromDictionary?.pinyin ?? pinyinOf(term), english: fromDictionary?.english ?? '' };
  },
  async save(input) {
    const problem = termProblem(input.term.trim());
    if (problem) throw new Error(tMessage(problem));
    const saved = await saveOwnTerm(readerDb(), input);
    await announceReaderDataChanged();
    return saved.term;
  },
};
