/** Real Chromium with the built extension: lazy painting, card placement, keyboard path, live settings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, extensionSuite, markedTexts, ROOT, setSettings, settledMarks, termBox, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;

const suite = extensionSuite();
const context = () => suite.context();
const open = suite.open;

afterEach(async () => {
  await setSettings(context(), undefined);
  for (const page of context().pages()) await page.close();
});

/** The card's host box, in viewport coordinates (the host is in the page; its content is in a closed root). */
const cardBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-termlens-ui]')?.getBoundingClientRect();
    return r && { top: r.top, bottom: r.bottom };
  });

describe('long pages', () => {
  it('paints the terms near the viewport only, and the rest as the reader scrolls to them', async () => {
    const page = await open('long.html');
    expect(await settledMarks(page, 2)).toEqual(['天数天算', '星载计算']);
    await page.evaluate(() => document.getElementById('bottom')!.scrollIntoView());
    expect(await until(() => markedTexts(page), (m) => m.includes('MaaS'))).toEqual(['可灵', '快手', 'MaaS']);
  });

  it('opens the card below a term, and above it when the term is at the bottom of the viewport', async () => {
    const page = await open('long.html');
    await settledMarks(page, 2);
    const top = await termBox(page, 'top', '天数天算');
    await page.mouse.move(top.x, top.y);
    const below = await until(() => cardBox(page), (b) => !!b && b.bottom > b.top);
    expect(below!.top).toBeGreaterThanOrEqual(top.bottom);

    await page.mouse.move(900, 5);
    await until(() => cardText(page), (t) => t === undefined);
    await page.evaluate(() => {
      const p = document.getElementById('middle')!;
      window.scrollBy(0, p.getBoundingClientRect().bottom - innerHeight + 4);
    });
    await until(() => markedTexts(page), (m) => m.includes('全模态大模型'));
    const bottom = await termBox(page, 'middle', '全模态大模型');
    expect(bottom.bottom).toBeGreaterThan(760);
    await page.mouse.move(bottom.x, bottom.y);
    const above = await until(() => cardBox(page), (b) => !!b && b.bottom > b.top);
    expect(above!.bottom).toBeLessThanOrEqual(bottom.top);
    expect(await cardText(page)).toContain(definitionOf('全模态大模型'));
  });
});

describe('keyboard', () => {
  it('Alt+J and Alt+K step through the marked terms and open each card; Esc closes it', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    await page.keyboard.press('Alt+KeyJ');
    expect(await until(() => cardText(page), (t) => !!t?.includes(definitionOf('全模态大模型')))).toContain(definitionOf('全模态大模型'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-termlens-ui'))).toBe(true);
    await page.keyboard.press('Alt+KeyJ');
    expect(await until(() => cardText(page), (t) => !!t?.includes(definitionOf('数据孤岛')))).toContain(definitionOf('数据孤岛'));
    await page.keyboard.press('Alt+KeyK');
    expect(await until(() => cardText(page), (t) => !!t?.includes(definitionOf('全模态大模型')))).toContain(definitionOf('全模态大模型'));
    await page.keyboard.press('Escape');
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
  });

  it('Alt+K from the top wraps to the last terms, inside the page\'s open shadow root, then steps out of it', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    for (const term of ['AIGC', 'Sora', '万卡集群']) {
      await page.keyboard.press('Alt+KeyK');
      expect(await until(() => cardText(page), (t) => !!t?.includes(definitionOf(term)))).toContain(definitionOf(term));
    }
  });

  it('Alt+L opens the card for the selected term', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    await page.evaluate(() => {
      const text = document.getElementById('p4')!.lastChild!.previousSibling!.firstChild as Text; // <span>万卡</span>
      getSelection()!.setBaseAndExtent(text, 1, text, 1);
    });
    await page.keyboard.press('Alt+KeyL');
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('万卡集群'));
  });

  it('does nothing while the reader types in a field', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    await page.focus('#in');
    await page.keyboard.press('End');
    await page.keyboard.press('Alt+KeyJ');
    await page.keyboard.type('x');
    await page.waitForTimeout(500);
    expect(await cardText(page)).toBeUndefined();
    expect(await page.inputValue('#in')).toBe('MaaS 天数天算x');
  });
});

describe('settings, applied to open tabs', () => {
  it('switching the site off removes every mark without a reload; on again brings them back', async () => {
    const page = await open('simplified.html');
    const all = await settledMarks(page, 13);
    await setSettings(context(), { disabledSites: ['127.0.0.1'] });
    expect(await until(() => markedTexts(page), (m) => m.length === 0)).toEqual([]);
    await setSettings(context(), { disabledSites: [] });
    expect(await until(() => markedTexts(page), (m) => m.length === all.length)).toEqual(all);
  });

  it('the background style moves the marks to the termlens-background highlight', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    await setSettings(context(), { highlightStyle: 'background' });
    const names = () => page.evaluate(() => ['termlens-underline', 'termlens-background'].map((n) => CSS.highlights.get(n)?.size ?? 0));
    expect(await until(names, ([u]) => u === 0)).toEqual([0, 13]);
  });

  it('"first occurrence only" leaves one mark per term, applied to the open tab', async () => {
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    await setSettings(context(), { firstOnly: true });
    expect(await until(() => markedTexts(page), (m) => m.length === 12)).toEqual([
      '全模态大模型', '数据孤岛', '多模态大模型',
      '天数天算', '星载计算',
      'MaaS', '可灵', '快手',
      '文生视频', '万卡集群',
      'Sora', 'AIGC',
    ]);
  });

  it('with the click trigger, hovering opens nothing and a click opens the card', async () => {
    await setSettings(context(), { trigger: 'click' });
    const page = await open('simplified.html');
    await settledMarks(page, 13);
    const box = await termBox(page, 'p2', '天数天算');
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(800);
    expect(await cardText(page)).toBeUndefined();
    await page.mouse.click(box.x, box.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('天数天算'));
  });
});
