/**
 * What a page can learn of TermLens, and whether it can switch it off (Chromium): WXT's start-up
 * message is off, its old-script event cannot be forged, and where the reader switched TermLens
 * off for the site, nothing of it is there to find.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { extensionSuite, markedTexts, setSettings, settledMarks, until } from './harness';

const suite = extensionSuite();
const extensionId = () => new URL(suite.extension('')).host;

afterEach(async () => {
  await setSettings(suite.context(), undefined);
  for (const page of suite.context().pages()) await page.close();
});

/** The top frame's content script's own answer about its page (its listener is up once it has read the settings). */
async function pageTerms(page: Page): Promise<{ site: string | null; active: boolean; counts: [string, number][] }> {
  await page.bringToFront();
  const worker = suite.context().serviceWorkers()[0]!;
  const ask = () =>
    worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs;
      const [tab] = await api.query({ active: true, lastFocusedWindow: true });
      return api.sendMessage(tab!.id, { type: 'page-terms' }, { frameId: 0 }).catch(() => null);
    });
  return (await until(ask, (reply) => reply !== null)) as { site: string | null; active: boolean; counts: [string, number][] };
}

/** Everything of TermLens a page script can see on simplified.html. */
const observable = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('p')!;
    const shadow = document.getElementById('host')!.shadowRoot!;
    return {
      underline: getComputedStyle(p, '::highlight(termlens-underline)').textDecorationStyle,
      background: getComputedStyle(p, '::highlight(termlens-background)').backgroundColor,
      highlights: [...CSS.highlights.keys()],
      documentSheets: document.adoptedStyleSheets.length,
      shadowSheets: shadow.adoptedStyleSheets.length,
      styleElements: document.querySelectorAll('style').length,
    };
  });

const NOTHING = { underline: 'solid', background: 'rgba(0, 0, 0, 0)', highlights: [], documentSheets: 0, shadowSheets: 0, styleElements: 1 };

describe('a page and TermLens', () => {
  it('hears no start-up message naming TermLens\'s id', async () => {
    const page = await suite.context().newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      addEventListener('message', (e) => heard.push(JSON.stringify(e.data)), true);
    });
    await page.goto(suite.url('simplified.html'));
    await settledMarks(page, 13);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((m) => m.includes(extensionId()) || m.includes('content-script-started'))).toEqual([]);
  });

  it('does NOT switch TermLens off by dispatching WXT\'s start-up event with its id: the marks stay, and text added later is marked', async () => {
    const page = await suite.open('simplified.html');
    const before = await settledMarks(page, 13);
    await page.evaluate((type) => {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      const p = document.createElement('p');
      p.textContent = '后来加上的可灵';
      document.body.append(p);
    }, `${extensionId()}:content:wxt:content-script-started`);
    const after = await until(() => markedTexts(page), (m) => m.length === 14);
    expect([...after].sort()).toEqual([...before, '可灵'].sort());
  });

  it('finds no ::highlight style, no highlight and nothing in its open shadow root where the reader switched TermLens off; all of it while on', async () => {
    await setSettings(suite.context(), { disabledSites: ['127.0.0.1'] });
    const page = await suite.open('simplified.html');
    expect(await pageTerms(page)).toEqual({ site: '127.0.0.1', active: false, counts: [], lang: 'zh-Hans' });
    expect(await observable(page)).toEqual(NOTHING);

    await setSettings(suite.context(), { disabledSites: [] });
    await settledMarks(page, 13);
    expect(await observable(page)).toEqual({
      underline: 'dotted',
      background: 'rgba(255, 214, 10, 0.35)',
      highlights: ['termlens-underline'],
      documentSheets: 1,
      shadowSheets: 1,
      styleElements: 1,
    });

    // "First occurrence only" starts a new annotator, which finds the shadow root again: still one sheet there.
    await setSettings(suite.context(), { disabledSites: [], firstOnly: true });
    await until(() => markedTexts(page), (m) => m.length === 12);
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length])).toEqual([1, 1]);

    await setSettings(suite.context(), { disabledSites: ['127.0.0.1'] });
    await until(() => markedTexts(page), (m) => m.length === 0);
    expect(await observable(page)).toEqual(NOTHING);
  });
});

describe('a site list too long to read', () => {
  it('is read only up to its first 5,000 sites (a site past them stays on), and the options page says so', async () => {
    const sites = [...Array.from({ length: 6000 }, (_, i) => `site-${i}.example`), '127.0.0.1'];
    await setSettings(suite.context(), { disabledSites: sites });
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, 13)).toHaveLength(13);
    const options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    expect(await options.locator('.list-cut').textContent()).toBe(
      'Your list of sites where TermLens is off held 6,001 entries; only the first 5,000 are read, and saving a setting here keeps only those.',
    );
  });
});
