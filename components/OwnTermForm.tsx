/**
 * Add (or update) an own term. Other-script forms and pinyin are suggested from the term and stay
 * editable; a field the reader edited is no longer overwritten by the suggestion.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/browser/i18n';
import type { OwnTermInput } from '../lib/db/own-terms';

export interface OwnTermFormProps {
  /** Suggested other-script forms and pinyin for a term (OpenCC and pinyin-pro, loaded by the page). */
  suggest: (term: string) => Promise<{ forms: string[]; pinyin: string }>;
  /** Saves; resolves with the saved term's spelling, rejects with a reason. */
  save: (input: OwnTermInput) => Promise<string>;
  initialTerm?: string;
}

type Fields = { term: string; forms: string; pinyin: string; english: string; definitionZh: string; definitionEn: string; note: string; tags: string };
const FIELDS: readonly [keyof Fields, MessageKey, boolean][] = [
  ['term', 'addTerm', false],
  ['forms', 'addForms', false],
  ['pinyin', 'addPinyin', false],
  ['english', 'addEnglish', false],
  ['definitionZh', 'addDefinitionZh', true],
  ['definitionEn', 'addDefinitionEn', true],
  ['note', 'addNote', true],
  ['tags', 'addTags', false],
];

export function OwnTermForm({ suggest, save, initialTerm = '' }: OwnTermFormProps) {
  const empty: Fields = { term: initialTerm, forms: '', pinyin: '', english: '', definitionZh: '', definitionEn: '', note: '', tags: '' };
  const [fields, setFields] = useState(empty);
  const [edited, setEdited] = useState<Set<keyof Fields>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean }>();

  const onTermChange = async (term: string) => {
    setFields((f) => ({ ...f, term }));
    if (!term.trim()) return;
    const s = await suggest(term.trim());
    setFields((f) =>
      f.term !== term ? f : { ...f, forms: edited.has('forms') ? f.forms : s.forms.join(' | '), pinyin: edited.has('pinyin') ? f.pinyin : s.pinyin },
    );
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await save({
        term: fields.term,
        forms: fields.forms.split('|').map((x) => x.trim()).filter(Boolean),
        pinyin: fields.pinyin,
        english: fields.english,
        definitionZh: fields.definitionZh,
        definitionEn: fields.definitionEn,
        note: fields.note,
        tags: fields.tags.split(/\s+/).filter(Boolean),
      });
      setStatus({ text: t('addSaved', saved), error: false });
      setFields(empty);
      setEdited(new Set());
    } catch (error) {
      setStatus({ text: t('addFailed', (error as Error).message), error: true });
    }
  };

  return (
    <form class="tl-add-term" onSubmit={(e) => void submit(e)}>
      {FIELDS.map(([name, label, multiline]) => {
        const onInput = (value: string) => {
          if (name === 'term') return void onTermChange(value);
          setEdited((set) => new Set(set).add(name));
          setFields((f) => ({ ...f, [name]: value }));
        };
        return (
          <label key={name}>
            {t(label)}
            {multiline ? (
              <textarea value={fields[name]} onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
            ) : (
              <input type="text" required={name === 'term'} value={fields[name]} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
            )}
          </label>
        );
      })}
      <button type="submit">{t('addSave')}</button>
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </form>
  );
}
