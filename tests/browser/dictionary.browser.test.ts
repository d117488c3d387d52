/** Real Chromium with the built extension: CC-CEDICT lookups of words the glossary does not mark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, extensionSuite, markedTexts, ROOT, setSettings, settledMarks, termBox, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;


// fixtures/dictionary.html: ordinary words (电脑, 银行, 系统), a Traditional 銀行, one glossary term (万卡集群).
const suite = extensionSuite();
const context = () => suite.context();

afterEach(async () => {
  await setSettings(context(), undefined);
  for (const page of context().pages()) await page.close();
});

async function openPage(): Promise<Page> {
  const page = await suite.open('dictionary.html');
  // The glossary's one term on the page is marked: the content script is up.
  expect(await settledMarks(page, 1)).toEqual(['万卡集群']);
  return page;
}

/** Selects the first occurrence of `word` in the element `id`. */
function select(page: Page, id: string, word: string): Promise<void> {
  return page.evaluate(
    ([id, word]) => {
      const text = document.getElementById(id)!.firstChild as Text;
      const at = text.data.indexOf(word);
      getSelection()!.setBaseAndExtent(text, at, text, at + word.length);
    },
    [id, word] as const,
  );
}

const opened = (page: Page) => until(() => cardText(page), (t) => !!t);

describe('dictionary lookups (CC-CEDICT)', () => {
  it('Alt+L on a selected ordinary word shows its dictionary card: both headwords, toned pinyin, the exact senses', async () => {
    const page = await openPage();
    await select(page, 'zh', '电脑');
    await page.keyboard.press('Alt+KeyL');
    const text = await opened(page);
    // The card's text (after its style sheet): the selected word first, then the shorter word it starts with; the source last.
    expect(text).toContain('×电脑電腦diàn nǎocomputermeasure word: 台 táiAdd to my glossary电電diàn');
    expect(text!.endsWith('CC-CEDICT')).toBe(true);
    await page.screenshot({ path: join(ROOT, 'test-results', 'dictionary-card.png') });
  });

  it('looks up Traditional text by its Traditional headword', async () => {
    const page = await openPage();
    await select(page, 'tw', '銀行');
    await page.keyboard.press('Alt+KeyL');
    expect(await opened(page)).toContain('×銀行银行yín hángbankmeasure words: 家 jiā, 個 gèAdd to my glossary銀银yín');
  });

  it('a glossary term at the same place still shows the glossary card, NOT the dictionary', async () => {
    const page = await openPage();
    await select(page, 'zh', '万卡集群');
    await page.keyboard.press('Alt+KeyL');
    const text = await opened(page);
    expect(text).toContain(definitionOf('万卡集群'));
    expect(text).not.toContain('CC-CEDICT');
  });

  it('Alt+hover on unmarked Chinese text shows the longest words starting under the pointer', async () => {
    const page = await openPage();
    const at = await termBox(page, 'zh', '银行');
    await page.keyboard.down('Alt');
    await page.mouse.move(at.x, at.y, { steps: 5 });
    const text = await opened(page);
    await page.keyboard.up('Alt');
    expect(text).toContain('×银行銀行yín hángbankmeasure words: 家 jiā, 个 gèAdd to my glossary银銀yín');
  });

  it('hovering WITHOUT Alt over unmarked text opens nothing, while the glossary term next to it still opens', async () => {
    const page = await openPage();
    const word = await termBox(page, 'zh', '银行');
    await page.mouse.move(word.x, word.y, { steps: 5 });
    const term = await termBox(page, 'zh', '万卡集群');
    await page.mouse.move(term.x, term.y, { steps: 5 });
    // The glossary card is the positive sync point: by then the word's delay has long passed.
    const text = await opened(page);
    expect(text).toContain(definitionOf('万卡集群'));
    expect(text).not.toContain('CC-CEDICT');
  });

  it('the context menu\'s lookup (the message it sends to the frame) shows the card of the selection', async () => {
    const page = await openPage();
    await select(page, 'zh', '系统');
    const worker = context().serviceWorkers()[0]!;
    const shown = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome;
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.tabs.sendMessage(tab!.id, { type: 'lookup-selection' }, { frameId: 0 });
    });
    expect(shown).toBe(true);
    expect(await opened(page)).toContain('×系统系統xì tǒngsystem');
  });

  it('does NOT look up anything while TermLens is off on the site', async () => {
    const page = await openPage();
    await setSettings(context(), { disabledSites: ['127.0.0.1'] });
    await until(() => markedTexts(page), (m) => m.length === 0);
    await select(page, 'zh', '电脑');
    await page.keyboard.press('Alt+KeyL');
    // Back on: the same key now opens the card, so the earlier press was seen and refused.
    await setSettings(context(), undefined);
    await until(() => markedTexts(page), (m) => m.length === 1);
    expect(await cardText(page)).toBeUndefined();
    await page.keyboard.press('Alt+KeyL');
    expect(await opened(page)).toContain('×电脑電腦');
  });
});

describe('extension pages', () => {
  it('the popup falls back to CC-CEDICT when the glossary has no term', async () => {
    const popup = await context().newPage();
    await popup.goto(suite.extension('popup.html'));
    // An everyday word no term's name or definition holds (银行 is in the definitions of payment terms now).
    await popup.getByLabel('Search terms').fill('熊猫');
    const section = popup.locator('.tl-dict-fallback');
    await section.waitFor();
    // The dictionary's words stand in place of "No matching term".
    expect(await section.textContent()).toContain('Not in the glossary.From CC-CEDICT熊猫熊貓xióng māopanda');
    expect(await popup.getByText('No matching term').count()).toBe(0);
  });

  it('the options page credits CC-CEDICT with its licence and the date of its data', async () => {
    const options = await context().newPage();
    await options.goto(suite.extension('options.html'));
    const about = options.locator('.tl-about');
    await until(() => about.textContent(), (t) => !!t?.includes('2026-01-04'));
    expect(await about.textContent()).toContain('CC-CEDICT (data of 2026-01-04), the community-maintained Chinese–English dictionary published by MDBG, licensed under Creative Commons Attribution-ShareAlike 4.0');
    expect(await about.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      'https://cc-cedict.org/wiki/',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    ]);
  });
});
