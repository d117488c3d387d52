/**
 * The options page: a contents list and one section per subject (Marking, Cards, Your glossary,
 * History and privacy, About). Each section's parts are components of their own; a new setting
 * goes into the section a reader would look in (see OPTIONS_SECTIONS).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AboutSection } from '../../components/AboutSection';
import { CardOptions } from '../../components/CardOptions';
import { DomainSwitches } from '../../components/DomainSwitches';
import { MarkingOptions } from '../../components/MarkingOptions';
import { OptionsContents, OptionsSection } from '../../components/OptionsSection';
import { PrivacyOptions } from '../../components/PrivacyOptions';
import { readDictionaryHeader } from '../../lib/browser/dictionary-service';
import { ReaderDataSection } from './reader-data';
import { PacksOptions } from './packs';
import { SyncOptions } from './sync';
import { t, uiLanguage } from '../../lib/browser/i18n';
import type { ListCut, Settings } from '../../lib/settings';
import { loadSettingsWithCuts, saveSettings, watchSettings } from '../../lib/browser/settings-store';
import { loadGlossaryWithPacks } from '../../lib/browser/pack-layers';
import { useIgnoredTerms } from './ignored-terms';
import type { Category, GlossaryTerm } from '../../lib/glossary/types';
import '../../components/options-form.css';
import './options.css';

interface DomainList {
  categories: readonly Category[];
  counts: ReadonlyMap<string, number>;
}

const countsByDomain = (terms: readonly GlossaryTerm[]) => {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.category, (counts.get(term.category) ?? 0) + 1);
  return counts;
};

function useCedictDate(): string | undefined {
  const [cedictDate, setCedictDate] = useState<string>();
  useEffect(() => {
    readDictionaryHeader().then(
      (header) => setCedictDate(header.date),
      () => setCedictDate(undefined),
    );
  }, []);
  return cedictDate;
}

function Options({ initial, cuts, termNames, domains }: { initial: Settings; cuts: ListCut[]; termNames?: ReadonlyMap<string, string>; domains?: DomainList }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const cedictDate = useCedictDate();
  const { ignored, markAgain } = useIgnoredTerms(termNames);
  // Another surface (the popup's site switch) may change settings while this page is open.
  useEffect(() => watchSettings(setSettings), []);
  const change = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    void saveSettings(next).then(() => setSaved(true));
  };
  return (
    <main class="tl-options">
      <header class="tl-page-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="tl-status" role="status" aria-live="polite">
          {saved ? t('optSaved') : ''}
        </p>
      </header>
      {cuts.map((cut) => (
        <p key={cut.list} role="status" class="list-cut">
          {t('sitesListCut', cut.stored.toLocaleString(), cut.kept.toLocaleString())}
        </p>
      ))}
      <OptionsContents />
      <OptionsSection id="marking">
        <MarkingOptions settings={settings} onChange={change} ignoredTerms={ignored} onMarkAgain={markAgain} />
        {domains && (
          <DomainSwitches
            domains={domains.categories}
            counts={domains.counts}
            off={settings.offDomains}
            uiLang={uiLanguage()}
            onChange={(offDomains) => change({ ...settings, offDomains })}
          />
        )}
        <PacksOptions />
      </OptionsSection>
      <OptionsSection id="cards">
        <CardOptions settings={settings} onChange={change} />
      </OptionsSection>
      <OptionsSection id="glossary">
        <ReaderDataSection />
        <SyncOptions />
      </OptionsSection>
      <OptionsSection id="privacy">
        <PrivacyOptions settings={settings} onChange={change} />
      </OptionsSection>
      <OptionsSection id="about">
        <AboutSection cedictDate={cedictDate} />
      </OptionsSection>
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
