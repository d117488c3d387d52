/**
 * The card read like a dictionary, in Chromium: its own selection the page cannot read, lookups
 * inside it with Back and Forward, related terms with Back, Alt+L on selections bounded by elements,
 * an own term's label, and the undo of "Don't mark this term".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ownTermOf } from '../../lib/db/own-terms';
import { shardOf } from '../../lib/db/shard-of';
import { DICTIONARY_READING_PAGE } from './card-pages';
import { BAR_BUTTONS, BASIS_LINE, CARD_SELECTED, lookupHighlightText, SELECTION_SPY_INIT, termBoxOnPage, unitIn } from './card-probes';
import { cardControl, cardText, extensionSuite, inCard, markedTexts, ROOT, setSettings, settledMarks, until } from './harness';
import { privateTexts } from './private-marks';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as {
  terms: { id: string; term: string; related: string[]; definition: { zh: string; en: string } }[];
};
const entry = (term: string) => glossary.terms.find((t) => t.term === term)!;
const byId = (id: string) => glossary.terms.find((t) => t.id === id)!;
const DEFINITION = '.tl-definition p[lang^="zh"]';

/** 推理 is an everyday word too: marked here only because the sentence shows a model (Matcher.explain says why). */
const SENSE_PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p id="s">这家公司发布了新的大模型，推理速度提升一倍。</p></body></html>';

const suite = extensionSuite({ '/reading.html': () => DICTIONARY_READING_PAGE, '/sense.html': () => SENSE_PAGE });

afterEach(async () => {
  await setSettings(suite.context(), undefined);
  for (const page of suite.context().pages()) await page.close();
});

async function reading(): Promise<Page> {
  const page = await suite.context().newPage();
  await page.addInitScript(SELECTION_SPY_INIT);
  await page.goto(suite.url('reading.html'));
  await settledMarks(page, 2);
  return page;
}

async function openCard(page: Page, id: string, term: string): Promise<void> {
  const box = await page.evaluate(termBoxOnPage, [id, term] as const);
  await page.mouse.move(box.x, box.y);
  expect(await until(() => cardText(page), (t) => !!t?.includes(entry(term).definition.zh))).toContain(entry(term).definition.zh);
}

/** Moves into the card in steps to unit `k` of `text` in its definition; the point. */
async function toUnit(page: Page, text: string, k: number, selector = DEFINITION): Promise<{ x: number; y: number }> {
  const point = await until(() => inCard<{ x: number; y: number }>(page, unitIn(selector, text, k)), (p) => !!p);
  if (!point) throw new Error(`no ${text} in the card's ${selector}`);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  return point;
}

/** Drags across the card's definition from the first to the last character of `text`. */
async function dragOver(page: Page, text: string): Promise<void> {
  await toUnit(page, text, 0);
  await page.mouse.down();
  await toUnit(page, text, text.length - 1);
  await page.mouse.up();
}

async function clickBar(page: Page, name: string): Promise<void> {
  const button = await until(() => cardControl(page, name), (b) => !!b);
  await page.mouse.move(button!.x, button!.y, { steps: 4 });
  await page.mouse.click(button!.x, button!.y);
}

const cardShows = (page: Page, text: string) => until(() => cardText(page), (t) => !!t?.includes(text));

describe('the card text, selected privately', () => {
  it('selects a drag of the definition in the card and copies it with Ctrl+C, while the page reads no selection, no copy and finds nothing', async () => {
    const page = await reading();
    await openCard(page, 'a', '天数天算');
    await dragOver(page, '卫星在太空中');
    expect(await inCard<string>(page, CARD_SELECTED)).toBe('卫星在太空中');
    const during = await page.evaluate(() => ({
      selection: String(document.getSelection()),
      found: (window as unknown as { find(s: string): boolean }).find('卫星在太空中'),
    }));
    expect(during).toEqual({ selection: '', found: false });
    await page.keyboard.press('Control+KeyC');
    await page.keyboard.press('Escape');
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
    // The reader pastes where they like: here, the page's own text box.
    await page.click('#paste');
    await page.keyboard.press('Control+KeyV');
    expect(await until(() => page.$eval('#paste', (t) => (t as HTMLTextAreaElement).value), (v) => v !== '')).toBe('卫星在太空中');
    const seen = await page.evaluate(() => (window as unknown as { __seen: { selections: string[]; copies: string[] } }).__seen);
    expect(seen.copies).toEqual([]);
    expect(seen.selections.filter((s) => s.includes('卫星'))).toEqual([]);
  });
});

describe('lookups inside the card', () => {
  it('opens a term of the definition on Alt+hover, a dictionary word on Alt+L, with Back and Forward between them', async () => {
    const page = await reading();
    await openCard(page, 'a', '天数天算');
    expect(await inCard<string[]>(page, BAR_BUTTONS)).toEqual(['×']);
    await toUnit(page, '算力载荷', 1);
    await page.keyboard.down('Alt');
    const at = await toUnit(page, '算力载荷', 2);
    await page.mouse.move(at.x + 1, at.y);
    await page.keyboard.up('Alt');
    const payload = glossary.terms.find((t) => t.term === '算力载荷')!;
    expect(await cardShows(page, payload.definition.zh)).not.toContain(entry('天数天算').definition.zh);
    expect(await inCard<string[]>(page, BAR_BUTTONS)).toEqual(['‹ Back', '×']);

    await clickBar(page, '‹ Back');
    expect(await cardShows(page, entry('天数天算').definition.zh)).not.toContain(payload.definition.zh);
    expect(await inCard<string[]>(page, BAR_BUTTONS)).toEqual(['Forward ›', '×']);
    await clickBar(page, 'Forward ›');
    expect(await cardShows(page, payload.definition.zh)).not.toContain(entry('天数天算').definition.zh);
    await clickBar(page, '‹ Back');
    await cardShows(page, entry('天数天算').definition.zh);

    // 卫星 is no glossary term: CC-CEDICT answers, as the next page (Forward to 算力载荷 is dropped).
    await dragOver(page, '卫星');
    expect(await inCard<string>(page, CARD_SELECTED)).toBe('卫星');
    await page.keyboard.press('Alt+KeyL');
    // (The term's own English says "satellite" too: the pinyin is the dictionary's.)
    expect(await cardShows(page, 'wèi xīng')).toContain('CC-CEDICT');
    expect(await inCard<string[]>(page, BAR_BUTTONS)).toEqual(['‹ Back', '×']);
    await clickBar(page, '‹ Back');
    expect(await until(() => cardText(page), (t) => !!t && !t.includes('wèi xīng'))).toContain(entry('天数天算').definition.zh);
  });

  it('opens a related term in the same card with Back to the first', async () => {
    await setSettings(suite.context(), { cardDetails: true });
    const page = await reading();
    await openCard(page, 'a', '天数天算');
    const related = entry('天数天算').related.map(byId).find((t) => t && t.term !== '天数天算')!;
    const chip = await until(() => inCard<{ x: number; y: number }>(page, unitIn('.tl-related', related.term, 0)), (p) => !!p);
    await page.mouse.move(chip!.x, chip!.y, { steps: 8 });
    await page.mouse.click(chip!.x, chip!.y);
    expect(await cardShows(page, related.definition.zh)).not.toContain(entry('天数天算').definition.zh);
    await clickBar(page, '‹ Back');
    expect(await cardShows(page, entry('天数天算').definition.zh)).not.toContain(related.definition.zh);
  });
});

describe('Alt+L on selections whose ends are elements', () => {
  it('looks up a triple-clicked paragraph from its first term, and a selected title from its first word, highlighting it on the page', async () => {
    const page = await reading();
    const q = await page.evaluate(termBoxOnPage, ['q', '天数天算'] as const);
    await page.mouse.click(q.x, q.y, { clickCount: 3 });
    expect(await page.evaluate(() => document.getSelection()!.focusNode!.nodeName)).toBe('P');
    await page.keyboard.press('Alt+KeyL');
    await cardShows(page, entry('天数天算').definition.zh);
    await page.keyboard.press('Escape');
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('t')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Alt+KeyL');
    expect(await cardShows(page, 'today')).toContain('jīn tiān');
    expect(await until(() => page.evaluate(lookupHighlightText), (h) => h.length > 0)).toEqual(['今天']);
    await page.keyboard.press('Escape');
    expect(await until(() => page.evaluate(lookupHighlightText), (h) => h.length === 0)).toEqual([]);
  });
});

describe('one-click actions and labels', () => {
  it('says "Don\'t mark this term" was done with an Undo that marks the term again', async () => {
    const page = await reading();
    await openCard(page, 'a', '天数天算');
    const button = await until(() => cardControl(page, "Don't mark this term"), (b) => !!b);
    await page.mouse.move(button!.x, button!.y, { steps: 8 });
    await page.mouse.click(button!.x, button!.y);
    expect(await cardShows(page, 'No longer marked on pages')).toContain('Undo');
    expect(await until(() => markedTexts(page), (m) => !m.includes('天数天算'))).toEqual([]);
    await clickBar(page, 'Undo');
    expect(await until(() => markedTexts(page), (m) => m.length === 2)).toEqual(['天数天算', '天数天算']);
    expect(await cardShows(page, 'Marked again')).toContain(entry('天数天算').definition.zh);
  });

  it('closes after a status was clicked once the pointer leaves', async () => {
    const page = await reading();
    await openCard(page, 'a', '天数天算');
    const known = await until(() => inCard<{ x: number; y: number }>(page, `function () { const l = [...this.querySelectorAll('label')].find((l) => [...l.querySelectorAll('[data-t]')].map((s) => s.getAttribute('data-t')).join('').trim() === 'Known'); if (!l) return undefined; l.scrollIntoView({ block: 'nearest' }); const r = l.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`), (p) => !!p);
    await page.mouse.move(known!.x, known!.y, { steps: 8 });
    await page.mouse.click(known!.x, known!.y);
    await cardShows(page, 'Status: Known');
    await page.mouse.move(990, 790, { steps: 6 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
  });

  it('labels an own term "Your definition" with its tooltip, and says its English once', async () => {
    const options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    const own = ownTermOf({ term: '蜂群编排', pinyin: 'fēng qún biān pái', english: 'swarm orchestration', definitionZh: '让多个智能体分工协作完成一项任务的编排方式。' }, 1);
    await options.evaluate(
      async ([record, shard]) => {
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('termlens');
          open.onsuccess = () => {
            const tx = open.result.transaction('ownTermShards', 'readwrite');
            tx.objectStore('ownTermShards').put({ shard, terms: { [record.id]: record } });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        });
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
        await runtime.sendMessage({ type: 'reader-data-changed' });
      },
      [own, shardOf(own.id)] as const,
    );
    const page = await reading();
    expect(await until(() => privateTexts(page), (m) => m.includes('蜂群编排'))).toContain('蜂群编排');
    const box = await page.evaluate(termBoxOnPage, ['own', '蜂群编排'] as const);
    await page.mouse.move(box.x, box.y);
    const text = await cardShows(page, '让多个智能体');
    expect(await inCard<string[]>(page, BASIS_LINE)).toEqual(['Your definition', 'You wrote or imported this definition; it is kept only in this browser.']);
    expect(text).not.toContain('Context added by TermLens');
    expect(text!.split('swarm orchestration').length - 1).toBe(1);
  });
});

describe('why an everyday word was marked', () => {
  it('says on the card what made 推理 a term here, and says nothing for a name that needs no evidence', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('sense.html'));
    expect(await settledMarks(page, 2)).toEqual(['大模型', '推理']);
    await openCard(page, 's', '推理');
    expect(await cardText(page)).toMatch(/marked: 推理 near (大模型|速度)/);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await openCard(page, 's', '大模型');
    expect(await cardText(page)).not.toContain('marked:');
  });
});
