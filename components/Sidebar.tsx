import { useMemo, useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms } from '../lib/matcher/entries';
import type { PageTerms } from '../lib/messages';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { EntryView } from './EntryView';
import { GlossaryBrowser } from './GlossaryBrowser';
import { MetTerms, type MetTermsData } from './MetTerms';
import { OwnTermForm, type OwnTermFormProps } from './OwnTermForm';
import { OwnTermsList, type OwnTermsData } from './OwnTermsList';
import type { AddDraft } from '../lib/add-draft';
import { OnThisPage } from './OnThisPage';
import { ReaderView } from './ReaderView';
import { SourcesView } from './SourcesView';
import { SIDEBAR_TABS, type SidebarTab } from './sidebar-tabs';
import './sidebar.css';

export type { SidebarTab };

export interface SidebarProps {
  index: GlossaryIndex;
  /** The active tab's terms (undefined while asking, null where no content script runs). */
  pageTerms: PageTerms | null | undefined;
  /** Scroll the active tab to a term's next occurrence. */
  onReveal: (id: string) => void;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  pageLang?: string;
  loadText: (file: string) => Promise<string>;
  /** An entry to show at once (from a card's "open in the glossary" link). */
  entry?: string;
  /** The spelling that card was opened on: the entry reads that form (輝達: huī dá). */
  entryForm?: string;
  /** Domains switched off in the options (the Glossary tab says they are not marked). */
  offDomains?: readonly string[];
  initialTab?: SidebarTab;
  /** The reader's history and statuses ("Met terms" tab); without it the tab shows nothing. */
  metTerms?: MetTermsData;
  /** Saving the reader's own terms ("Add a term" tab). */
  addTerm?: Omit<OwnTermFormProps, 'draft'>;
  /** A term to add, from a page ("Add to TermLens"): the add form starts from it. */
  addDraft?: AddDraft;
  /** The reader's own terms with their statuses, listed under the add form. */
  ownTerms?: OwnTermsData;
}

/** The glossary sidebar / side panel: one app for Firefox's sidebar_action and Chrome's side_panel. */
export function Sidebar({ index, pageTerms, onReveal, languages, script, pageLang, loadText, entry, entryForm, offDomains, initialTab = 'page', metTerms, addTerm, addDraft, ownTerms }: SidebarProps) {
  const [tab, setTab] = useState<SidebarTab>(initialTab);
  /** Entries opened on top of the current tab, most recent last: Back pops one. */
  const [entries, setEntries] = useState<string[]>(entry ? [entry] : []);
  const [source, setSource] = useState<{ id: string; focus?: { offset: number; length: number } }>();
  /** Bumped by each saved own term, so the list under the form reads them again. */
  const [saves, setSaves] = useState(0);
  const termIds = useMemo(() => index.glossary.terms.map((term) => term.id), [index]);
  const matcher = useMemo(() => compileMatcher(entriesOfTerms(index.glossary.terms)), [index]);

  const openEntry = (id: string) => setEntries((stack) => (stack[stack.length - 1] === id ? stack : [...stack, id]));
  const openSource = (id: string | undefined, focus?: { offset: number; length: number }) => {
    setEntries([]);
    setTab('sources');
    setSource(id ? { id, focus } : undefined);
  };
  const current = entries[entries.length - 1];

  return (
    <div class="tl-sidebar">
      <nav
        class="tl-tabs"
        role="tablist"
        aria-label="TermLens"
        onKeyDown={(e) => {
          // The tabs pattern: arrows move between tabs, Tab moves into the panel.
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (!step) return;
          const at = SIDEBAR_TABS.findIndex((x) => x.id === tab);
          const next = SIDEBAR_TABS[(at + step + SIDEBAR_TABS.length) % SIDEBAR_TABS.length]!.id;
          setEntries([]);
          setTab(next);
          (e.currentTarget.querySelector(`#tl-tab-${next}`) as HTMLElement | null)?.focus();
        }}
      >
        {SIDEBAR_TABS.map(({ id, labelKey }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tl-tab-${id}`}
            aria-selected={tab === id && !current}
            tabIndex={tab === id ? 0 : -1}
            aria-controls="tl-panel"
            onClick={() => {
              setEntries([]);
              // A tab's button leads to that tab's start: Sources shows its list, not the last article.
              if (id === 'sources') setSource(undefined);
              setTab(id);
            }}
          >
            {t(labelKey)}
          </button>
        ))}
      </nav>
      <div id="tl-panel" role="tabpanel" aria-labelledby={`tl-tab-${tab}`} class="tl-panel">
        {current ? (
          <>
            <button type="button" class="tl-back" onClick={() => setEntries((stack) => stack.slice(0, -1))}>
              ← {t('back')}
            </button>
            <EntryView
              id={current}
              index={index}
              seenAs={current === entry ? entryForm : undefined}
              languages={languages}
              script={script}
              pageLang={pageLang}
              onOpenEntry={openEntry}
              onOpenSource={openSource}
            />
          </>
        ) : tab === 'page' ? (
          <OnThisPage index={index} terms={pageTerms} onOpenEntry={openEntry} onReveal={onReveal} script={script} pageLang={pageLang} />
        ) : tab === 'glossary' ? (
          <GlossaryBrowser index={index} onOpenEntry={openEntry} script={script} pageLang={pageLang} offDomains={offDomains} />
        ) : tab === 'sources' ? (
          <SourcesView
            index={index}
            matcher={matcher}
            termIds={termIds}
            open={source}
            onOpen={(id) => openSource(id)}
            onOpenEntry={openEntry}
            loadText={loadText}
          />
        ) : tab === 'add' ? (
          addTerm && (
            <>
              <OwnTermForm suggest={addTerm.suggest} save={(input) => addTerm.save(input).then((saved) => (setSaves((n) => n + 1), saved))} draft={addDraft} />
              {ownTerms && <OwnTermsList data={ownTerms} revision={saves} />}
            </>
          )
        ) : tab === 'met' ? (
          metTerms && <MetTerms data={metTerms} onOpenEntry={openEntry} canOpen={(id) => !!index.term(id)} />
        ) : (
          <ReaderView index={index} matcher={matcher} termIds={termIds} onOpenEntry={openEntry} />
        )}
      </div>
    </div>
  );
}
