/**
 * The 繁體中文 interface (Chromium's UI locale zh-TW) on a Traditional page, in real Chromium: every
 * surface — popup results, an entry, the hover card, the side panel's "On this page" — names terms
 * in Traditional, with no Simplified-only headword.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY, TEXT_TO_VIDEO_TRADITIONAL_CARD, termNamed } from './traditional-expectations';
import { CARD_IN_SCRIPT, type TraditionalCard } from './card-probes';
import { extensionSuite, inCard, setSettings, settledMarks, termBox, until } from './harness';


const suite = extensionSuite({}, { uiLocale: 'zh-TW' });

afterEach(async () => {
  await setSettings(suite.context(), undefined);
  for (const page of suite.context().pages()) await page.close();
});

async function traditionalPage(): Promise<Page> {
  const page = await suite.open('traditional.html');
  await settledMarks(page, 11);
  return page;
}

describe('the zh_TW interface on a Traditional page', () => {
  it('is the interface Chromium gives the extension', async () => {
    const popup = await suite.context().newPage();
    await popup.goto(suite.extension('popup.html'));
    // The popup sets its language as its script starts and renders its search box after: wait for that.
    await popup.waitForSelector('input[type="search"]');
    const language = await popup.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } } }).chrome;
      return [i18n.getUILanguage(), i18n.getMessage('@@ui_locale'), document.documentElement.lang];
    });
    expect(language).toEqual(['zh-TW', 'zh_TW', 'zh-TW']);
  });

  it('popup results and the entry they open name terms in Traditional', async () => {
    const popup = await suite.context().newPage();
    await popup.goto(suite.extension('popup.html'));
    await popup.getByRole('searchbox').fill('wen sheng');
    const results = await until(() => popup.$$eval('.tl-result-term', (r) => r.map((x) => x.textContent!)), (r) => r.length > 0);
    expect(results).toEqual(['文生圖', '文生文', '文生視頻', '文生音樂']);
    expect(results.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
    await popup.getByRole('option', { name: /^文生視頻/ }).click();
    const entry = await popup.$eval('.tl-card', (card) => ({
      headword: card.querySelector('h2')!.firstChild!.textContent,
      other: card.querySelector('h2 .tl-other')!.textContent,
      zh: [...card.querySelectorAll('.tl-definition p[lang^="zh"]:not(.tl-basis)')].map((p) => [p.getAttribute('lang'), p.textContent]),
    }));
    expect(entry).toEqual({ headword: '文生視頻', other: '文生视频', zh: [['zh-Hant', termNamed('文生视频').definition.zhHant]] });
  });

  it('the hover card over a Traditional term heads, defines and relates in Traditional', async () => {
    await setSettings(suite.context(), { cardDetails: true });
    const page = await traditionalPage();
    const box = await termBox(page, 't1', '文生視頻');
    await page.mouse.move(box.x, box.y);
    const card = await until(
      () =>
        inCard<TraditionalCard>(page, CARD_IN_SCRIPT),
      (c) => !!c && c.related.length > 0,
    );
    expect(card).toEqual(TEXT_TO_VIDEO_TRADITIONAL_CARD);
    expect(card!.related.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
  });

  it('the side panel lists the page\'s terms in Traditional, and says so in Traditional where there are none', async () => {
    const panel = await suite.context().newPage();
    await panel.goto(suite.extension('sidepanel.html'));
    const page = await traditionalPage();
    await page.bringToFront();
    const rows = await until(() => panel.$$eval('[data-testid="page-terms"] li .tl-row-term', (r) => r.map((x) => x.textContent!)), (r) => r.length === 8);
    // 萬卡叢集 on the page is the Taiwan phrasing of 万卡集群; the list names the term by its Traditional form.
    expect(rows).toEqual(['MaaS', '文生視頻', '大模型', '多模態大模型', 'OpenAI', 'Sora', '萬卡集群', '雲計算']);
    expect(rows.filter((r) => SIMPLIFIED_ONLY.has(r))).toEqual([]);
    const blank = await suite.open('blank.html');
    await blank.bringToFront();
    expect(await until(() => panel.textContent('.tl-muted'), (t) => t === '本頁沒有術語表中的術語')).toBe('本頁沒有術語表中的術語');
  });
});
