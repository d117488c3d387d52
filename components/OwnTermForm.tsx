/**
 * Add (or update) an own term. Other-script forms and pinyin are suggested from the term and stay
 * editable; a field the reader edited is no longer overwritten by the suggestion. Opened from a page
 * ("Add to TermLens"), it starts from that term and shows where it was met, which the reader may
 * edit or clear before anything is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AddDraft } from '../lib/add-draft';
import { t, type MessageKey } from '../lib/browser/i18n';
import type { MetAt } from '../lib/db/types';
import type { OwnTermInput } from '../lib/db/own-terms';

export interface OwnTermFormProps {
  /** Suggested other-script forms, pinyin and English for a term (OpenCC, CC-CEDICT, pinyin-pro, loaded by the page). */
  suggest: (term: string) => Promise<{ forms: string[]; pinyin: string; english?: string }>;
  /** Saves; resolves with the saved term's spelling, rejects with a reason. */
  save: (input: OwnTermInput) => Promise<string>;
  /** The term to start from and where it was met (from a page); the form starts empty without it. */
  draft?: AddDraft;
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

const MET_FIELDS: readonly [keyof MetAt, MessageKey, boolean][] = [
  ['sentence', 'addMetSentence', true],
  ['title', 'addMetTitle', false],
  ['url', 'addMetUrl', false],
];

export function OwnTermForm({ suggest, save, draft }: OwnTermFormProps) {
  const empty: Fields = { term: '', forms: '', pinyin: '', english: '', definitionZh: '', definitionEn: '', note: '', tags: '' };
  const [fields, setFields] = useState(empty);
  const [edited, setEdited] = useState<Set<keyof Fields>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const [met, setMet] = useState<MetAt | undefined>(draft?.met);
  const [suggested, setSuggested] = useState(false);
  // A term from a page: its suggestions are asked for at once, as if the reader had typed it.
  useEffect(() => {
    if (draft) void onTermChange(draft.term);
  }, []);

  const onTermChange = async (term: string) => {
    setFields((f) => ({ ...f, term }));
    if (!term.trim()) return;
    const s = await suggest(term.trim());
    const keep = (name: keyof Fields, value: string, f: Fields) => (edited.has(name) ? f[name] : value);
    setFields((f) =>
      f.term !== term
        ? f
        : { ...f, forms: keep('forms', s.forms.join(' | '), f), pinyin: keep('pinyin', s.pinyin, f), english: keep('english', s.english ?? '', f) },
    );
    setSuggested(s.forms.length > 0 || !!s.pinyin || !!s.english);
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
        ...(met && (met.sentence?.trim() || met.title?.trim() || met.url?.trim()) ? { met: trimmedMet(met) } : {}),
      });
      setStatus({ text: t('addSaved', saved), error: false });
      setFields(empty);
      setEdited(new Set());
      setMet(undefined);
      setSuggested(false);
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
      {suggested && <p class="tl-hint">{t('addSuggested')}</p>}
      {met && (
        <fieldset class="tl-add-met">
          <legend>{t('addMetLegend')}</legend>
          <p class="tl-hint">{t('addMetHint')}</p>
          {MET_FIELDS.map(([name, label, multiline]) => {
            const onInput = (e: Event) => setMet((m) => ({ ...m, [name]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }));
            return (
              <label key={name}>
                {t(label)}
                {multiline ? <textarea value={met[name] ?? ''} onInput={onInput} /> : <input type="text" value={met[name] ?? ''} onInput={onInput} />}
              </label>
            );
          })}
        </fieldset>
      )}
      <button type="submit">{t('addSave')}</button>
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </form>
  );
}

/** The met-on fields as saved: trimmed, the emptied ones left out. */
function trimmedMet(met: MetAt): MetAt {
  return Object.fromEntries(Object.entries(met).flatMap(([k, v]) => (typeof v === 'string' && v.trim() ? [[k, v.trim()]] : []))) as MetAt;
}
