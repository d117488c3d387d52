import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsForm } from '../../components/OptionsForm';
import { ReaderDataSection } from './reader-data';
import { t, uiLanguage } from '../../lib/browser/i18n';
import type { Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/browser/settings-store';
import './options.css';

function Options({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  // Another surface (the popup's site switch) may change settings while this page is open.
  useEffect(() => watchSettings(setSettings), []);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <OptionsForm
        settings={settings}
        saved={saved}
        onChange={(next) => {
          setSettings(next);
          setSaved(false);
          void saveSettings(next).then(() => setSaved(true));
        }}
      />
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
loadSettings().then(
  (settings) => render(<Options initial={settings} />, app),
  (error: Error) => render(<p role="alert">{t('loadError', error.message)}</p>, app),
);
