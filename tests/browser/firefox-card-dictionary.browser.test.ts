/**
 * The card read like a dictionary, in Firefox ESR (as card-dictionary does in Chromium): its own
 * selection the page cannot read (Firefox would hand the page the text node of a native one), lookups
 * inside it with Back and Forward, Alt+L on element-bounded selections, an own term's label, and the
 * undo of "Don't mark this term".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ownTermOf } from '../../lib/db/own-terms';
import { shardOf } from '../../lib/db/shard-of';
import { DICTIONARY_READING_PAGE } from './card-pages';
import { BAR_BUTTONS, BASIS_LINE, CARD_SELECTED, controlIn, lookupHighlightText, SELECTION_SPY_INIT, termBoxOnPage, unitIn } from './card-probes';
import { firefoxCardDriver } from './firefox-card-driver';
import { firefoxExtensionPage, firefoxSuite } from './firefox-harness';
import { markedTexts, ROOT, settledMarks, until } from './harness';
import { firefoxPrivateTexts } from './private-marks';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as {
  terms: { id: string; term: string; related: string[]; definition: { zh: string; en: string } }[];
};
const entry = (term: string) => glossary.terms.find((t) => t.term === term)!;
const DEFINITION = '.tl-definition p[lang^="zh"]';

/** The page reads the clipboard without the paste prompt a reader would answer (Firefox's test pref). */
const suite = firefoxSuite({ '/reading.html': () => DICTIONARY_READING_PAGE }, { prefs: { 'dom.events.testing.asyncClipboard': true } });
const card = firefoxCardDriver(suite.browser);

afterEach(async () => {
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

async function reading(): Promise<Page> {
  const page = await suite.browser().newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluateOnNewDocument(SELECTION_SPY_INIT);
  await page.goto(suite.url('reading.html'));
  await settledMarks(page, 2);
  return page;
}

async function toUnit(page: Page, text: string, k: number, selector = DEFINITION): Promise<{ x: number; y: number }> {
  const point = await until(() => card.inCard<{ x: number; y: number }>(page, unitIn(selector, text, k)), (p) => !!p);
  if (!point) throw new Error(`no ${text} in the card's ${selector}`);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  return point;
}

async function dragOver(page: Page, text: string): Promise<void> {
  await toUnit(page, text, 0);
  await page.mouse.down();
  await toUnit(page, text, text.length - 1);
  await page.mouse.up();
}

const cardShows = (page: Page, text: string) => until(() => card.cardText(page), (t) => !!t?.includes(text));
const press = (page: Page, name: string) => card.clickIn(page, until(() => card.inCard<{ x: number; y: number }>(page, controlIn(name)), (p) => !!p), name);

describe('Firefox ESR: the card read like a dictionary', () => {
  it('selects a drag in the card and copies it with Ctrl+C, while the page reads no selection and no copy', async () => {
    const page = await reading();
    await card.openCard(page, 'a', '天数天算', entry('天数天算').definition.zh);
    await dragOver(page, '卫星在太空中');
    expect(await card.inCard<string>(page, CARD_SELECTED)).toBe('卫星在太空中');
    expect(await page.evaluate(() => [String(document.getSelection()), document.getSelection()!.anchorNode?.nodeName ?? null])).toEqual(['', null]);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyC');
    await page.keyboard.up('Control');
    expect(await until(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === '卫星在太空中')).toBe('卫星在太空中');
    const seen = await page.evaluate(() => (window as unknown as { __seen: { selections: string[]; copies: string[] } }).__seen);
    expect(seen.copies).toEqual([]);
    expect(seen.selections.filter((s) => s.includes('卫星'))).toEqual([]);
  });

  it('opens a term of the definition on Alt+hover and a dictionary word on Alt+L, with Back and Forward', async () => {
    const page = await reading();
    await card.openCard(page, 'a', '天数天算', entry('天数天算').definition.zh);
    await toUnit(page, '算力载荷', 1);
    await page.keyboard.down('Alt');
    const at = await toUnit(page, '算力载荷', 2);
    await page.mouse.move(at.x + 1, at.y);
    await page.keyboard.up('Alt');
    const payload = entry('算力载荷');
    expect(await cardShows(page, payload.definition.zh)).not.toContain(entry('天数天算').definition.zh);
    expect(await card.inCard<string[]>(page, BAR_BUTTONS)).toEqual(['‹ Back', '×']);
    await press(page, '‹ Back');
    expect(await cardShows(page, entry('天数天算').definition.zh)).not.toContain(payload.definition.zh);
    await press(page, 'Forward ›');
    await cardShows(page, payload.definition.zh);
    await press(page, '‹ Back');
    await cardShows(page, entry('天数天算').definition.zh);

    await dragOver(page, '卫星');
    await page.keyboard.down('Alt');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Alt');
    expect(await cardShows(page, 'wèi xīng')).toContain('CC-CEDICT');
    await press(page, '‹ Back');
    expect(await until(() => card.cardText(page), (t) => !!t && !t.includes('wèi xīng'))).toContain(entry('天数天算').definition.zh);
  });

  it('looks up a triple-clicked paragraph and a selected title with Alt+L, the title\'s word highlighted on the page', async () => {
    const page = await reading();
    const q = await page.evaluate(termBoxOnPage, ['q', '天数天算'] as const);
    await page.mouse.click(q.x, q.y, { count: 3 });
    await page.keyboard.down('Alt');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Alt');
    await cardShows(page, entry('天数天算').definition.zh);
    await page.keyboard.press('Escape');
    expect(await until(() => card.cardText(page), (t) => t === undefined)).toBeUndefined();

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('t')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.down('Alt');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Alt');
    expect(await cardShows(page, 'today')).toContain('jīn tiān');
    expect(await until(() => page.evaluate(lookupHighlightText), (h) => h.length > 0)).toEqual(['今天']);
  });

  it('undoes "Don\'t mark this term" from the card', async () => {
    const page = await reading();
    await card.openCard(page, 'a', '天数天算', entry('天数天算').definition.zh);
    await press(page, "Don't mark this term");
    expect(await cardShows(page, 'No longer marked on pages')).toContain('Undo');
    expect(await until(() => markedTexts(page), (m) => !m.includes('天数天算'))).toEqual([]);
    await press(page, 'Undo');
    expect(await until(() => markedTexts(page), (m) => m.length === 2)).toEqual(['天数天算', '天数天算']);
    await cardShows(page, 'Marked again');
  });

  it('labels an own term "Your definition", with its tooltip', async () => {
    const options = await firefoxExtensionPage(suite.browser(), 'options.html');
    const own = ownTermOf({ term: '蜂群编排', pinyin: 'fēng qún biān pái', english: 'swarm orchestration', definitionZh: '让多个智能体分工协作完成一项任务的编排方式。' }, 1);
    await options.evaluate(
      async (record, shard) => {
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('termlens');
          open.onsuccess = () => {
            const tx = open.result.transaction('ownTermShards', 'readwrite');
            tx.objectStore('ownTermShards').put({ shard, terms: { [record.id]: record } });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        });
        const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime;
        await runtime.sendMessage({ type: 'reader-data-changed' });
      },
      own,
      shardOf(own.id),
    );
    const page = await reading();
    expect(await until(() => firefoxPrivateTexts(suite.browser(), page), (m) => m.includes('蜂群编排'))).toContain('蜂群编排');
    const text = await card.openCard(page, 'own', '蜂群编排', '让多个智能体').then(() => card.cardText(page));
    expect(await card.inCard<string[]>(page, BASIS_LINE)).toEqual(['Your definition', 'You wrote or imported this definition; it is kept only in this browser.']);
    expect(text).not.toContain('Context added by TermLens');
    expect(text!.split('swarm orchestration').length - 1).toBe(1);
  });
});
