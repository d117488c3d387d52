import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GlossarySearch } from '../../components/GlossarySearch';
import { DictionaryFallback } from '../../components/DictionaryFallback';
import { askDictionary } from '../../lib/browser/dictionary-client';
import { PageStatus } from '../../components/PageStatus';
import { loadGlossaryWithPacks } from '../../lib/browser/pack-layers';
import { indexGlossary, type GlossaryIndex } from '../../lib/glossary/lookup';
import { t, uiLanguage } from '../../lib/browser/i18n';
import { POPUP_RECOUNT_DELAY_MS } from '../../lib/limits';
import type { PageTerms } from '../../lib/messages';
import { withSite, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../lib/browser/settings-store';
import { activeTab, openSidebar, pageTermsOf } from '../../lib/browser/tabs';
import './popup.css';

function Popup({ index, settings }: { index: GlossaryIndex; settings: Settings }) {
  const [tab, setTab] = useState<{ id: number; windowId: number } | null>();
  const [terms, setTerms] = useState<PageTerms | null>();

  const refresh = async (id: number) => setTerms((await pageTermsOf(id)) ?? null);
  useEffect(() => {
    void activeTab().then((found) => {
      setTab(found ?? null);
      if (found) void refresh(found.id);
      else setTerms(null);
    });
  }, []);

  const toggleSite = async (on: boolean) => {
    if (!terms?.site || !tab) return;
    await saveSettings(withSite(await loadSettings(), terms.site, on));
    setTerms({ ...terms, active: on, counts: on ? terms.counts : [] });
    // The page marks its terms again in slices: ask once it has had a moment.
    if (on) setTimeout(() => void refresh(tab.id), POPUP_RECOUNT_DELAY_MS);
  };

  return (
    <main>
      <PageStatus
        terms={terms}
        onToggleSite={(on) => void toggleSite(on)}
        onShowInSidebar={() => {
          if (tab) void openSidebar({ windowId: tab.windowId }).then((opened) => opened && window.close());
        }}
      />
      <GlossarySearch
        index={index}
        languages={settings.languages}
        script={settings.script}
        pageLang={uiLanguage()}
        fallback={(query, notFound) => <DictionaryFallback query={query} lookup={askDictionary} notFound={notFound} />}
      />
      <footer class="tl-footer">
        <button type="button" class="tl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('actionTitle');
const app = document.getElementById('app')!;
Promise.all([loadGlossaryWithPacks(), loadSettings()]).then(
  ([glossary, settings]) => render(<Popup index={indexGlossary(glossary)} settings={settings} />, app),
  (error: Error) => render(<p role="alert">{t('loadError', error.message)}</p>, app),
);
