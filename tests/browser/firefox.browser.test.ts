/** The built Firefox extension in Debian's Firefox ESR: marks, a hover card, the sidebar page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxCardText, firefoxEvaluateIsolated, firefoxSuite, FIREFOX_BUILD } from './firefox-harness';
import { SIMPLIFIED_MARKS, SIMPLIFIED_PAGE_TERMS, TRADITIONAL_MARKS } from './expected';
import { markedTexts, ROOT, settledMarks, until, type Evaluator } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;

const suite = firefoxSuite();

async function centreOf(page: Page, id: string, term: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (id, term) => {
      const text = document.getElementById(id)!.firstChild as Text;
      const at = text.data.indexOf(term);
      const range = document.createRange();
      range.setStart(text, at + 1);
      range.setEnd(text, at + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    id,
    term,
  );
}

describe('Firefox ESR', () => {
  it('declares the sidebar as a sidebar_action, and no Chrome-only permission', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.permissions).toEqual(['storage', 'menus', 'alarms']);
  });

  it('marks exactly the terms of a Simplified page with the Highlight API, styled in the document and in its open shadow root', async () => {
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, 13)).toEqual(SIMPLIFIED_MARKS);
    const styles = await page.evaluate(() =>
      [document.querySelector('p')!, document.getElementById('host')!.shadowRoot!.querySelector('p')!].map(
        (p) => getComputedStyle(p, '::highlight(termlens-underline)').textDecorationStyle,
      ),
    );
    expect(styles).toEqual(['dotted', 'dotted']);
    await page.close();
  });

  it('marks a Traditional page through its listed forms', async () => {
    const page = await suite.open('traditional.html');
    expect(await settledMarks(page, 11)).toEqual(TRADITIONAL_MARKS);
    await page.close();
  });

  it('marks a same-origin iframe, and an about:blank frame that a script fills after load', async () => {
    const page = await suite.open('dynamic.html');
    expect(await settledMarks(page, 1)).toEqual(['全模态']);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    expect(await settledMarks(frame, 2)).toEqual(['万卡集群', '新质生产力']);
    const slot = page.frames().find((f) => f.url() === 'about:blank')!;
    expect(await markedTexts(slot)).toEqual([]);
    await page.evaluate(() => (window as unknown as { fillSlot: () => void }).fillSlot());
    expect(await settledMarks(slot, 1)).toEqual(['文生视频']);
    await page.close();
  });

  it('shows a hover card with the exact definition, and closes it on Esc', async () => {
    const page = await suite.open('simplified.html');
    await settledMarks(page, 13);
    const { x, y } = await centreOf(page, 'p2', '天数天算');
    await page.mouse.move(x, y);
    const text = await until(() => firefoxCardText(suite.browser(), page), (t) => !!t?.includes('天数天算'));
    expect(text).toContain(definitionOf('天数天算'));
    expect(text).not.toContain('中国经营报 《大模型首次上天 AI天地一体化提上日程》 2024-10'); // excerpts wait behind "More"
    await page.keyboard.press('Escape');
    expect(await until(() => firefoxCardText(suite.browser(), page), (t) => t === undefined)).toBeUndefined();
    await page.close();
  });

  it('keeps the card open while the pointer moves into it in 10 steps and rests 1.5 s; the wheel there leaves the page where it was', async () => {
    const page = await suite.open('simplified.html');
    await settledMarks(page, 13);
    const { x, y } = await centreOf(page, 'p2', '天数天算');
    await page.mouse.move(x, y);
    await until(() => firefoxCardText(suite.browser(), page), (t) => !!t?.includes('天数天算'));
    const card = await page.evaluate(() => {
      const r = document.querySelector('[data-termlens-ui]')!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    await page.mouse.move(card.right - 30, (card.top + card.bottom) / 2, { steps: 10 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await firefoxCardText(suite.browser(), page)).toContain(definitionOf('天数天算'));
    const before = await page.evaluate(() => scrollY);
    for (let i = 0; i < 5; i++) await page.mouse.wheel({ deltaY: 300 });
    expect(await firefoxCardText(suite.browser(), page)).toContain(definitionOf('天数天算'));
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await page.close();
  });

  it('a hostile page (broken built-ins, fake browser/chrome, spoofed messages) still gets exact marks and no errors', async () => {
    const page = await suite.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(suite.url('hostile.html'));
    const isolated: Evaluator = { evaluate: (fn) => firefoxEvaluateIsolated(suite.browser(), page, fn) };
    expect(await until(() => markedTexts(isolated), (m) => m.length >= 7)).toEqual(['全模态大模型', '万卡集群', '天数', '天算', 'MaaS', '文生视频', '可灵']);
    // Posted messages arrive in order: once the second has, the spoofed one has been delivered.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.postMessage({ type: 'reveal-term', id: 'tianshu-tiansuan' }, '*');
          const onMessage = (e: MessageEvent) => {
            if (e.data !== 'termlens-test-sync') return;
            removeEventListener('message', onMessage);
            resolve();
          };
          addEventListener('message', onMessage);
          window.postMessage('termlens-test-sync', '*');
        }),
    );
    expect(await firefoxEvaluateIsolated(suite.browser(), page, () => [CSS.highlights.get('termlens-flash')?.size ?? 0])).toEqual([0]);
    expect(await firefoxCardText(suite.browser(), page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the sidebar page lists the terms of the active tab with their counts', async () => {
    const page = await suite.open('simplified.html');
    await settledMarks(page, 13);
    const panel = await suite.browser().newPage();
    // A moz-extension:// navigation never reports "loaded" to the driver: start it and wait for content.
    void panel.goto(suite.extension('sidepanel.html')).catch(() => {});
    // Polled, not waitForSelector: a wait begun on the blank page fails when that page is replaced
    // (seen once in CI), and this navigation gives no event to wait for instead.
    const hasTabs = await until(
      () => panel.$('[role="tablist"]').then((el) => el !== null, () => false),
      (found) => found,
    );
    expect(hasTabs).toBe(true);
    await page.bringToFront();
    const rows = await until(
      () => panel.$$eval('[data-testid="page-terms"] li', (items) => items.map((li) => [li.querySelector('.tl-row-term')!.textContent, li.querySelector('.tl-count')!.textContent])),
      (r) => r.length === 12,
    );
    expect(rows).toEqual(SIMPLIFIED_PAGE_TERMS);
    expect(await markedTexts(page)).toHaveLength(13);
    await panel.close();
    await page.close();
  });
});
