import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import { Sidebar } from '../../components/Sidebar';
import { fetchBundledGlossary } from '../../lib/glossary/fetch-bundled';
import { indexGlossary } from '../../lib/glossary/lookup';
import { t, uiLanguage } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings-store';
import { takeRequestedEntry, watchRequestedEntry } from '../../lib/open-entry';
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
  const [glossary, settings, requested] = await Promise.all([fetchBundledGlossary(), loadSettings(), takeRequestedEntry()]);
  const index = indexGlossary(glossary);
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('entry') ?? undefined;
  const draw = (entry: string | undefined) =>
    render(<Sidebar key={entry ?? ''} index={index} languages={settings.languages} script={settings.script} pageLang={uiLanguage()} loadText={loadText} entry={entry && index.term(entry) ? entry : undefined} />, app);
  draw(requested ?? fromHash);
  // A card asked for an entry while the sidebar was already open.
  watchRequestedEntry((id) => draw(id));
}

start().catch((error: Error) => render(<p role="alert">{t('loadError', error.message)}</p>, app));
