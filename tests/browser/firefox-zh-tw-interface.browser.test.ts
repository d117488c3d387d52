/**
 * The 繁體中文 interface in Firefox ESR (its zh-TW language pack, requested by pref) on a Traditional
 * page, mirroring zh-tw-interface (Chromium): the extension's interface language, popup results, and
 * the hover card name terms in Traditional, with no Simplified-only headword.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CARD_IN_SCRIPT, termBoxOnPage, type TraditionalCard } from './card-probes';
import { firefoxExtensionPage, firefoxInCard, firefoxSetSettings, firefoxSuite } from './firefox-harness';
import { ROOT, settledMarks, until } from './harness';

const LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-TW@firefox-esr.mozilla.org.xpi';

interface Term {
  term: string;
  variantOf: Record<string, string>;
  definition: { zhHant: string };
}
const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: Term[] };
const termNamed = (name: string) => glossary.terms.find((t) => t.term === name)!;
/** A term's canonical (Simplified) form where it has a Traditional spelling: never a Traditional reader's headword. */
const SIMPLIFIED_ONLY = new Set(glossary.terms.filter((t) => Object.values(t.variantOf).includes(t.term)).map((t) => t.term));

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
    expect(card).toEqual({
      heading: '文生視頻文生视频',
      zh: [`zh-Hant ${termNamed('文生视频').definition.zhHant}`],
      related: ['視頻生成大模型', '圖生視頻', 'Sora', '通義萬相', '可靈', 'AI視頻生成', '音畫同步', 'AIGC', '另外 4 個'],
      innerPills: 0,
    });
    expect(card!.related.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
  });
});
