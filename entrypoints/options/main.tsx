import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsForm } from '../../components/OptionsForm';
import { AboutSection } from '../../components/AboutSection';
import { readDictionaryHeader } from '../../lib/browser/dictionary-service';
import { ReaderDataSection } from './reader-data';
import { PacksOptions } from './packs';
import { SyncOptions } from './sync';
import { t, uiLanguage } from '../../lib/browser/i18n';
import type { ListCut, Settings } from '../../lib/settings';
import { loadSettingsWithCuts, saveSettings, watchSettings } from '../../lib/browser/settings-store';
import { loadGlossaryWithPacks } from '../../lib/browser/pack-layers';
import { useIgnoredTerms } from './ignored-terms';
import { DomainSwitches } from '../../components/DomainSwitches';
import type { Category, GlossaryTerm } from '../../lib/glossary/types';

interface DomainList {
  categories: readonly Category[];
  counts: ReadonlyMap<string, number>;
}

const countsByDomain = (terms: readonly GlossaryTerm[]) => {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.category, (counts.get(term.category) ?? 0) + 1);
  return counts;
};
import './options.css';

function Options({ initial, cuts, termNames, domains }: { initial: Settings; cuts: ListCut[]; termNames?: ReadonlyMap<string, string>; domains?: DomainList }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [cedictDate, setCedictDate] = useState<string>();
  const { ignored, markAgain } = useIgnoredTerms(termNames);
  useEffect(() => {
    readDictionaryHeader().then(
      (header) => setCedictDate(header.date),
      () => setCedictDate(undefined),
    );
  }, []);
  // Another surface (the popup's site switch) may change settings while this page is open.
  useEffect(() => watchSettings(setSettings), []);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {cuts.map((cut) => (
        <p key={cut.list} role="status" class="list-cut">
          {t('sitesListCut', cut.stored.toLocaleString(), cut.kept.toLocaleString())}
        </p>
      ))}
      <OptionsForm
        settings={settings}
        saved={saved}
        ignoredTerms={ignored}
        onMarkAgain={markAgain}
        onChange={(next) => {
          setSettings(next);
          setSaved(false);
          void saveSettings(next).then(() => setSaved(true));
        }}
      />
      {domains && (
        <DomainSwitches
          domains={domains.categories}
          counts={domains.counts}
          off={settings.offDomains}
          uiLang={uiLanguage()}
          onChange={(offDomains) => {
            const next = { ...settings, offDomains };
            setSettings(next);
            setSaved(false);
            void saveSettings(next).then(() => setSaved(true));
          }}
        />
      )}
      <PacksOptions />
      <AboutSection cedictDate={cedictDate} />
      <SyncOptions />
      <ReaderDataSection
        settings={settings}
        onSettingsChange={(next) => {
          setSettings(next);
          void saveSettings(next);
        }}
      />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app')!;
// Names for the ignored terms' list and the domains; without the glossary the list shows ids, there
// are no domain switches, and the rest still works.
const bundled = loadGlossaryWithPacks().then(
  (g) => ({
    termNames: new Map(g.terms.map((term) => [term.id, term.term])),
    domains: { categories: g.categories, counts: countsByDomain(g.terms) },
  }),
  () => undefined,
);
Promise.all([loadSettingsWithCuts(), bundled]).then(
  ([{ settings, cuts }, glossary]) => render(<Options initial={settings} cuts={cuts} termNames={glossary?.termNames} domains={glossary?.domains} />, app),
  (error: Error) => render(<p role="alert">{t('loadError', error.message)}</p>, app),
);
