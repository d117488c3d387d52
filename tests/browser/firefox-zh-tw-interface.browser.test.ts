/**
 * The 繁體中文 interface in Firefox ESR (its zh-TW language pack, requested by pref) on a Traditional
 * page, mirroring zh-tw-interface (Chromium): the extension's interface language, popup results, and
 * the hover card name terms in Traditional, with no Simplified-only headword.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY, TEXT_TO_VIDEO_TRADITIONAL_CARD } from './traditional-expectations';
import { CARD_IN_SCRIPT, termBoxOnPage, type TraditionalCard } from './card-probes';
import { firefoxExtensionPage, firefoxInCard, firefoxSetSettings, firefoxSuite } from './firefox-harness';
import { settledMarks, until } from './harness';

const LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-TW@firefox-esr.mozilla.org.xpi';


beforeAll(() => {
  if (!existsSync(LANGPACK)) throw new Error(`no ${LANGPACK}: apt-get install -y firefox-esr-l10n-zh-tw`);
});
const suite = firefoxSuite({}, { prefs: { 'intl.locale.requested': 'zh-TW' } });

afterEach(async () => {
  await firefoxSetSettings(suite.browser(), undefined);
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

describe('Firefox ESR: the zh_TW interface on a Traditional page', () => {
  it('is the interface Firefox gives the extension', async () => {
    const popup = await firefoxExtensionPage(suite.browser(), 'popup.html');
    // The popup sets its language as its script starts and renders its search box after: wait for that.
    await popup.waitForSelector('input[type="search"]');
    const language = await popup.evaluate(() => {
      const { i18n } = (globalThis as unknown as { browser: { i18n: { getUILanguage(): string; getMessage(key: string): string } } }).browser;
      return [i18n.getUILanguage(), i18n.getMessage('copyEntry'), document.documentElement.lang];
    });
    // The zh_TW catalogue, not zh_CN's 复制 nor en's Copy.
    expect(language).toEqual(['zh-TW', '複製', 'zh-TW']);
  });

  it('popup results name terms in Traditional', async () => {
    const popup = await firefoxExtensionPage(suite.browser(), 'popup.html');
    await popup.waitForSelector('input[type="search"]');
    await popup.type('input[type="search"]', 'wen sheng');
    const results = await until(() => popup.$$eval('.tl-result-term', (r) => r.map((x) => x.textContent!)), (r) => r.length > 0);
    expect(results).toEqual(['文生圖', '文生文', '文生視頻', '文生音樂']);
    expect(results.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
  });

  it('the hover card over a Traditional term heads, defines and relates in Traditional', async () => {
    await firefoxSetSettings(suite.browser(), { cardDetails: true });
    const page = await suite.open('traditional.html');
    await settledMarks(page, 11);
    const box = await page.evaluate(termBoxOnPage, ['t1', '文生視頻'] as const);
    await page.mouse.move(box.x, box.y);
    const card = await until(() => firefoxInCard<TraditionalCard>(suite.browser(), page, CARD_IN_SCRIPT), (c) => !!c && c.related.length > 0);
    expect(card).toEqual(TEXT_TO_VIDEO_TRADITIONAL_CARD);
    expect(card!.related.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
  });
});
