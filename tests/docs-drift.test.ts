/**
 * The README and docs say what the code does: the side panel's tabs as the README lists them, and
 * every `npm run` command the docs name exists. A change to either that forgets the other fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_TABS } from '../components/sidebar-tabs';
import en from '../public/_locales/en/messages.json';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

describe('README and the side panel', () => {
  const line = readme.split('\n').find((l) => l.startsWith('- **Sidebar**'));

  it('gives the number of tabs the side panel has', () => {
    expect(line).toBe(`- **Sidebar** (Firefox sidebar, Chrome side panel), ${NUMBER_WORDS[SIDEBAR_TABS.length]} tabs:`);
  });

  it('describes each tab, in order, by its English name', () => {
    const section = readme.slice(readme.indexOf(line!), readme.indexOf('\n- **', readme.indexOf(line!) + 1));
    const described = [...section.matchAll(/^ {2}- \*([^*]+)\*:/gm)].map((m) => m[1]);
    const labels = SIDEBAR_TABS.map(({ labelKey }) => (en as Record<string, { message: string }>)[labelKey]!.message);
    expect(described).toEqual(labels);
  });
});

describe('documented commands', () => {
  const scripts = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts as object);
  const docs = ['README.md', 'data/README.md', ...readdirSync(new URL('../docs', import.meta.url)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

  it.each(docs)('%s names only npm scripts that exist', (file) => {
    const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const named = [...new Set([...text.matchAll(/npm run ([a-z][a-z0-9:-]*)/g)].map((m) => m[1]!))];
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
