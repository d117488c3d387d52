/**
 * The card's actions in Firefox ESR, mirroring card-ux and own-add (Chromium): copy puts the exact
 * text on the clipboard; Pronounce follows the browser's voices (here Firefox is given voices, so the
 * test sees which voice speaks which text); the status group marks a Known term lightly and an
 * Ignored one not at all, live in this tab and another; "Don't mark this term" too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PLACES_PAGE } from './card-pages';
import { ACTION_LABELS, CHECKED_STATUS, highlightedTexts } from './card-probes';
import { firefoxCardDriver } from './firefox-card-driver';
import { firefoxExtensionPage, firefoxSetSettings, firefoxSetVoices, firefoxSpoken, firefoxSuite, type TestVoice } from './firefox-harness';
import { markedTexts, ROOT, settledMarks, until } from './harness';

interface Term {
  id: string;
  term: string;
  english: string;
  pinyin: string;
  definition: { zh: string; en: string; passage?: { source: string } };
}
const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as {
  terms: Term[];
  sources: { id: string; publication: string; title: string; date: string }[];
};
const entry = (term: string) => glossary.terms.find((t) => t.term === term)!;

const TRADITIONAL_PAGE = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"></head>
<body style="margin: 40px; font: 18px/1.6 sans-serif"><p id="p">據報導，天數天算計畫正在推進。</p></body></html>`;

/** The page reads the clipboard without the paste prompt a reader would answer (Firefox's test pref). */
const suite = firefoxSuite({ '/places.html': () => PLACES_PAGE, '/traditional.html': () => TRADITIONAL_PAGE }, { prefs: { 'dom.events.testing.asyncClipboard': true } });
const card = firefoxCardDriver(suite.browser);

afterEach(async () => {
  await firefoxSetSettings(suite.browser(), undefined);
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

async function places(): Promise<Page> {
  const page = await suite.open('places.html');
  expect(await settledMarks(page, 4)).toEqual(['天数天算', '全模态大模型', '万卡集群', 'MaaS']);
  return page;
}

describe('Firefox ESR: copy', () => {
  it('copies the term, pinyin, English, both definitions and a citation with the source and its date', async () => {
    const page = await places();
    await card.openCard(page, 'top', '天数天算', entry('天数天算').definition.zh);
    await card.clickIn(page, card.control(page, 'Copy'), 'Copy');
    const e = entry('天数天算');
    const source = glossary.sources.find((s) => s.id === e.definition.passage!.source)!;
    const text = await until(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t.startsWith('天数天算'));
    expect(text).toBe(
      [`天数天算 (${e.pinyin}) — ${e.english}`, e.definition.zh, e.definition.en, `TermLens glossary, after ${source.publication} “${source.title}” (${source.date})`].join('\n'),
    );
    expect(text.split('\n')[3]).toBe('TermLens glossary, after 中国经营报 “大模型首次上天 AI天地一体化提上日程” (2024-10)');
    expect(await until(() => card.cardText(page), (t) => !!t?.includes('Copied'))).toContain('Copied');
  });
});

/** Gives Firefox these voices and waits until `page` lists them. */
async function withVoices(page: Page, voices: TestVoice[]): Promise<void> {
  await firefoxSetVoices(suite.browser(), voices);
  const langs = voices.map((v) => v.lang);
  expect(await until(() => page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang)), (l) => l.join() === langs.join())).toEqual(langs);
}

const NETWORK_LABEL = 'Pronounce (online voice: the term is sent to a speech service)';

describe('Firefox ESR: pronounce', () => {
  it('speaks the term as the page writes it in a device voice of its script: zh-CN for Simplified, zh-TW for Traditional', async () => {
    const page = await places();
    await withVoices(page, [
      { name: 'English', lang: 'en-US', local: true },
      { name: 'Mandarin online', lang: 'zh-CN', local: false },
      { name: 'Mandarin (Taiwan)', lang: 'zh-TW', local: true },
      { name: 'Mandarin (China)', lang: 'zh-CN', local: true },
    ]);
    await card.openCard(page, 'top', '天数天算', entry('天数天算').definition.zh);
    expect(await card.control(page, NETWORK_LABEL)).toBeUndefined();
    await card.clickIn(page, card.control(page, 'Pronounce'), 'Pronounce');
    expect(await until(() => firefoxSpoken(suite.browser()), (s) => s.length === 1)).toEqual([['天数天算', 'Mandarin (China)']]);

    const traditional = await suite.open('traditional.html');
    expect(await settledMarks(traditional, 1)).toEqual(['天數天算']);
    // A fresh tab whose voice list is still empty when the card opens: the card gains the button when it fills.
    await card.openCard(traditional, 'p', '天數天算', '衛星');
    await card.clickIn(traditional, until(() => card.control(traditional, 'Pronounce'), (p) => !!p), 'Pronounce');
    expect((await until(() => firefoxSpoken(suite.browser()), (s) => s.length === 2))[1]).toEqual(['天數天算', 'Mandarin (Taiwan)']);
  });

  it('says so when only a network voice can read the term', async () => {
    const page = await places();
    await withVoices(page, [{ name: 'Mandarin online', lang: 'zh-CN', local: false }]);
    await card.openCard(page, 'top', '天数天算', entry('天数天算').definition.zh);
    expect(await card.control(page, 'Pronounce')).toBeUndefined();
    expect(await card.inCard<string[]>(page, ACTION_LABELS)).toEqual(['Copy', NETWORK_LABEL, "Don't mark this term"]);
    // What a sighted reader sees: the button's painted text, and its tooltip.
    const seen = await card.inCard<string[]>(
      page,
      `function () { const b = this.querySelector('button[aria-label^="Pronounce"]'); return [[...b.querySelectorAll('[data-t]')].map((s) => s.getAttribute('data-t')).join(''), b.title]; }`,
    );
    expect(seen).toEqual(['Pronounce ☁', NETWORK_LABEL]);
  });

  it('says why Pronounce cannot speak where the browser has no Mandarin voice (Cantonese is not one)', async () => {
    const page = await places();
    await withVoices(page, [
      { name: 'English', lang: 'en-US', local: true },
      { name: 'Cantonese', lang: 'zh-HK', local: true },
    ]);
    await card.openCard(page, 'top', '天数天算', entry('天数天算').definition.zh);
    expect(await card.inCard<string[]>(page, ACTION_LABELS)).toEqual(['Copy', 'Pronounce', "Don't mark this term"]);
    await card.clickIn(page, card.control(page, 'Pronounce'), 'Pronounce');
    expect(await until(() => card.cardText(page), (t) => !!t?.includes('No Mandarin voice'))).toContain("No Mandarin voice in this browser: add one in your system's speech settings");
  });
});

/** The main and the known terms' light highlight, read together. */
const both = (tab: Page) => Promise.all([markedTexts(tab), highlightedTexts(tab, 'termlens-underline-light')]);

/** Opens `term`'s card and chooses `status` in its status group. */
async function chooseStatus(page: Page, [id, term, expected]: [string, string, string], status: string): Promise<void> {
  await page.bringToFront();
  await card.openCard(page, id, term, expected);
  await card.clickIn(page, card.labelled(page, status), status);
  expect(await until(() => card.cardText(page), (t) => !!t?.includes(`Status: ${status}`))).toContain(`Status: ${status}`);
}

describe('Firefox ESR: the status group and "Don\'t mark this term"', () => {
  it('marks a Known term lightly (the reader opted in) and an Ignored one NOT at all, live in this tab and another; the options page and "New" undo it', async () => {
    await firefoxSetSettings(suite.browser(), { lightKnown: true });
    const page = await places();
    const other = await places();
    const top: [string, string, string] = ['top', '天数天算', entry('天数天算').definition.zh];
    await chooseStatus(page, top, 'Known');
    expect(await card.inCard(page, CHECKED_STATUS)).toBe('known');
    const knownOne = [['全模态大模型', '万卡集群', 'MaaS'], ['天数天算']];
    expect(await until(() => both(page), ([m, l]) => m.length === 3 && l.length === 1)).toEqual(knownOne);
    await other.bringToFront(); // a background tab paints when shown
    expect(await until(() => both(other), ([m, l]) => m.length === 3 && l.length === 1)).toEqual(knownOne);

    await page.keyboard.press('Escape');
    await chooseStatus(page, ['right', 'MaaS', 'Model-as-a-Service'], 'Ignored (not marked)');
    expect(await until(() => both(page), ([m]) => m.length === 2)).toEqual([['全模态大模型', '万卡集群'], ['天数天算']]);
    await page.keyboard.press('Escape');
    await card.openCard(page, 'bottom', '万卡集群', entry('万卡集群').definition.zh);
    await card.clickIn(page, card.control(page, "Don't mark this term"), "Don't mark this term");
    expect(await until(() => card.cardText(page), (t) => !!t?.includes('No longer marked on pages'))).toContain('Undo');
    await page.keyboard.press('Escape');
    expect(await until(() => both(page), ([m]) => m.length === 1)).toEqual([['全模态大模型'], ['天数天算']]);
    await other.bringToFront();
    expect(await until(() => both(other), ([m]) => m.length === 1)).toEqual([['全模态大模型'], ['天数天算']]);

    // Undone: both unmarked terms from the options page, the known one back to New on its card.
    const options = await firefoxExtensionPage(suite.browser(), 'options.html');
    for (const term of ['MaaS', '万卡集群']) {
      const selector = `button[aria-label="Mark again: ${term}"]`;
      await options.waitForSelector(selector);
      await options.click(selector);
      await options.waitForSelector(selector, { hidden: true });
    }
    await options.close();
    await chooseStatus(other, top, 'New');
    expect(await until(() => both(other), ([m]) => m.length === 4)).toEqual([['天数天算', '全模态大模型', '万卡集群', 'MaaS'], []]);
    await page.bringToFront();
    expect(await until(() => both(page), ([m]) => m.length === 4)).toEqual([['天数天算', '全模态大模型', '万卡集群', 'MaaS'], []]);
  });
});
