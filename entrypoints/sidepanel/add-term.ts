/** The side panel's "Add a term": suggestions (OpenCC forms, pinyin-pro pinyin, loaded on first use) and saving. */
import type { OwnTermFormProps } from '../../components/OwnTermForm';
import { saveOwnTerm } from '../../lib/db/own-terms';
import { termProblem } from '../../lib/import/plan';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { loadScriptVariants } from '../../lib/browser/script-variants';
import { tMessage } from '../../lib/browser/i18n';

let helpers: Promise<{ variantsOf: (term: string) => string[]; pinyinOf: (term: string) => string }> | undefined;
const loadHelpers = () =>
  (helpers ??= Promise.all([loadScriptVariants(), import('../../lib/glossary/pinyin')]).then(([variantsOf, { tonedPinyin }]) => ({ variantsOf, pinyinOf: tonedPinyin })));

export const addTermData: Omit<OwnTermFormProps, 'draft'> = {
  async suggest(term) {
    const { variantsOf, pinyinOf } = await loadHelpers();
    return { forms: variantsOf(term), pinyin: pinyinOf(term) };
  },
  async save(input) {
    const problem = termProblem(input.term.trim());
    if (problem) throw new Error(tMessage(problem));
    const saved = await saveOwnTerm(readerDb(), input);
    await announceReaderDataChanged();
    return saved.term;
  },
};
