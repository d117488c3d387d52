import { render } from 'preact';
import { GlossarySearch } from '../../components/GlossarySearch';
import { fetchBundledGlossary } from '../../lib/glossary/fetch-bundled';
import { indexGlossary } from '../../lib/glossary/lookup';
import './popup.css';

const app = document.getElementById('app')!;
fetchBundledGlossary().then(
  (glossary) => render(<GlossarySearch index={indexGlossary(glossary)} />, app),
  (error: Error) => render(<p role="alert">TermLens: {error.message}</p>, app),
);
