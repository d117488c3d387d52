/** The built Firefox extension in Debian's Firefox ESR: marks, a hover card, the sidebar page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxCardText, firefoxSuite, FIREFOX_BUILD } from './firefox-harness';
import { SIMPLIFIED_MARKS, SIMPLIFIED_PAGE_TERMS, TRADITIONAL_MARKS } from './expected';
import { markedTexts, ROOT, settledMarks, until } from './harness';

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
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('marks exactly the terms of a Simplified page with the Highlight API', async () => {
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, 13)).toEqual(SIMPLIFIED_MARKS);
    await page.close();
  });

  it('marks a Traditional page through its listed forms', async () => {
    const page = await suite.open('traditional.html');
    expect(await settledMarks(page, 11)).toEqual(TRADITIONAL_MARKS);
    await page.close();
  });

  it('shows a hover card with the exact definition, and closes it on Esc', async () => {
    const page = await suite.open('simplified.html');
    await settledMarks(page, 13);
    const { x, y } = await centreOf(page, 'p2', '天数天算');
    await page.mouse.move(x, y);
    const text = await until(() => firefoxCardText(suite.browser(), page), (t) => !!t?.includes('天数天算'));
    expect(text).toContain(definitionOf('天数天算'));
    expect(text).toContain('中国经营报 《大模型首次上天 AI天地一体化提上日程》 2024-10');
    await page.keyboard.press('Escape');
    expect(await until(() => firefoxCardText(suite.browser(), page), (t) => t === undefined)).toBeUndefined();
    await page.close();
  });

  it('the sidebar page lists the terms of the active tab with their counts', async () => {
    const page = await suite.open('simplified.html');
    await settledMarks(page, 13);
    const panel = await suite.browser().newPage();
    // A moz-extension:// navigation never reports "loaded" to the driver: start it and wait for content.
    void panel.goto(suite.extension('sidepanel.html')).catch(() => {});
    await panel.waitForSelector('[role="tablist"]');
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
