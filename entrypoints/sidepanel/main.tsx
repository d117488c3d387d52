import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import { Sidebar } from '../../components/Sidebar';
import { useActivePageTerms } from '../../lib/browser/active-page-terms';
import { revealTerm } from '../../lib/browser/tabs';
import { loadGlossaryWithPacks } from '../../lib/browser/pack-layers';
import { indexGlossary } from '../../lib/glossary/lookup';
import { t, uiLanguage } from '../../lib/browser/i18n';
import { loadSettings } from '../../lib/browser/settings-store';
import { takeRequestedEntry, watchRequestedEntry } from '../../lib/browser/open-entry';
import { watchAddTermRequests } from '../../lib/browser/add-term-request';
import type { AddDraft } from '../../lib/add-draft';
import { parseEntryRequest, type EntryRequest } from '../../lib/messages';
import { metTermsData } from './met-terms';
import { addTermData } from './add-term';
import { ownTermsData } from './own-terms';
import './sidepanel.css';

/** A seed article bundled with the extension (copied to sources/ by the build). */
async function loadText(file: string): Promise<string> {
  if (!/^[\w.-]+\.txt$/.test(file)) throw new Error(`not a source file: ${file}`);
  const response = await fetch(browser.runtime.getURL(`/sources/${file}` as PublicPath));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const app = document.getElementById('app')!;

async function start(): Promise<void> {
  const [glossary, settings, requested] = await Promise.all([loadGlossaryWithPacks(), loadSettings(), takeRequestedEntry()]);
  const index = indexGlossary(glossary);
  const hash = new URLSearchParams(location.hash.slice(1));
  const fromHash = parseEntryRequest({ id: hash.get('entry'), form: hash.get('form') ?? undefined });
  function SidebarApp({ entry, add }: { entry: EntryRequest | undefined; add?: { draft: AddDraft | undefined } }) {
    const { tabId, terms } = useActivePageTerms();
    return (
      <Sidebar
        index={index}
        pageTerms={terms}
        onReveal={(id) => tabId !== undefined && void revealTerm(tabId, id)}
        languages={settings.languages}
        script={settings.script}
        pageLang={uiLanguage()}
        loadText={loadText}
        entry={entry && index.term(entry.id) ? entry.id : undefined}
        entryForm={entry?.form}
        offDomains={settings.offDomains}
        metTerms={metTermsData}
        addTerm={addTermData}
        ownTerms={ownTermsData}
        initialTab={add ? 'add' : undefined}
        addDraft={add?.draft}
      />
    );
  }
  let draws = 0;
  const draw = (entry: EntryRequest | undefined, add?: { draft: AddDraft | undefined }) =>
    render(<SidebarApp key={add ? `add-${++draws}` : entry ? `${entry.id}\n${entry.form ?? ''}` : ''} entry={entry} add={add} />, app);
  // The small window "Add to TermLens" opens where the side panel cannot: the add form.
  draw(requested ?? fromHash, hash.has('add') ? { draft: undefined } : undefined);
  // A card asked for an entry while the sidebar was already open.
  watchRequestedEntry((entry) => draw(entry));
  // "Add to TermLens" (menu, keyboard, dictionary card): the form, started from the page's term.
  watchAddTermRequests((draft) => draw(undefined, { draft }));
}

start().catch((error: Error) => render(<p role="alert">{t('loadError', error.message)}</p>, app));
