/** The built Chrome extension in real Chromium: marks, skips, dynamic content, frames, cards, layout. */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_MARKS, TRADITIONAL_MARKS } from './expected';
import { cardText, extensionSuite, launchChromium, markedTexts, setSettings, settledMarks, until } from './harness';

const suite = extensionSuite();
const open = suite.open;

describe('marking terms in Chromium', () => {
  it('marks exactly the terms of a Simplified page, across inline elements and in an open shadow root', async () => {
    const page = await open('simplified.html');
    expect(await settledMarks(page, 13)).toEqual(SIMPLIFIED_MARKS);
    await page.close();
  });

  it('does NOT mark a textarea, an input or a contenteditable, and leaves their values alone', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    expect(await page.inputValue('#ta')).toBe('文生视频 全模态大模型');
    expect(await page.inputValue('#in')).toBe('MaaS 天数天算');
    expect(await page.textContent('#ce')).toBe('可灵 Sora 万卡集群');
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-termlens]').length)).toBe(0);
    await page.close();
  });

  it('marks a Traditional page through its listed forms: 文生視頻, 多模態大模型, 文生影片, 萬卡叢集', async () => {
    const page = await open('traditional.html');
    expect(await settledMarks(page, 11)).toEqual(TRADITIONAL_MARKS);
    await page.close();
  });

  it('picks up content inserted after load, and marks a same-origin iframe', async () => {
    const page = await open('dynamic.html');
    expect(await settledMarks(page, 1)).toEqual(['全模态']);
    await page.evaluate(() => (window as unknown as { addLater: () => void }).addLater());
    expect(await settledMarks(page, 3)).toEqual(['全模态', '天数天算', '地数天算']);
    const frame = page.frame({ url: /frame\.html$/ })!;
    expect(await settledMarks(frame, 2)).toEqual(['万卡集群', '新质生产力']);
    await page.close();
  });

  it('marks an about:blank frame that held no text at load once a script fills it', async () => {
    const page = await open('dynamic.html');
    await settledMarks(page, 1);
    const slot = page.frame({ name: 'slot' })!;
    expect(await markedTexts(slot)).toEqual([]);
    await page.evaluate(() => (window as unknown as { fillSlot: () => void }).fillSlot());
    expect(await settledMarks(slot, 1)).toEqual(['文生视频']);
    await page.close();
  });

  it('shows a card with the exact definition and, with details shown, an excerpt on hover, and closes it on Esc', async () => {
    // Excerpts sit behind the card's "More", which the reader's choice keeps open.
    await setSettings(suite.context(), { cardDetails: true });
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    const box = await page.evaluate(() => {
      const p = document.getElementById('p2')!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('天数天算');
      const range = document.createRange();
      range.setStart(text, start + 1);
      range.setEnd(text, start + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const text = await until(() => cardText(page), (t) => !!t?.includes('天数天算'));
    expect(text).toContain('指卫星在太空中获取的数据无须传回地面，直接在太空中完成计算，依靠AI卫星搭载的算力载荷和用之不竭的太阳能。');
    expect(text).toContain('据悉，“天数天算”是指卫星在太空中获得的数据无须传回地面');
    expect(text).toContain('中国经营报 《大模型首次上天 AI天地一体化提上日程》 2024-10');
    await page.keyboard.press('Escape');
    expect(await cardText(page)).toBeUndefined();
    await page.close();
    await setSettings(suite.context(), undefined);
  });
});

describe('layout', () => {
  it('leaves the bounding boxes of the page\'s paragraphs identical with and without the extension', async () => {
    // Measured once the extension has marked the page (13 marks), and in the plain browser once loaded.
    const boxes = async (ctx: BrowserContext, marks: number) => {
      const page = await ctx.newPage();
      await page.goto(suite.url('simplified.html'));
      expect(await settledMarks(page, marks)).toHaveLength(marks);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const out = await page.evaluate(() =>
        ['p1', 'p2', 'p3', 'p4', 'ce'].map((id) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return [id, r.x, r.y, r.width, r.height];
        }),
      );
      await page.close();
      return out;
    };
    const plain = await launchChromium(false);
    try {
      expect(await boxes(suite.context(), 13)).toEqual(await boxes(plain.context, 0));
    } finally {
      await plain.close();
    }
  });
});
