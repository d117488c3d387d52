/** The popup, side panel and options pages of the built extension, opened as tabs in real Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SIMPLIFIED_PAGE_TERMS } from './expected';
import { extensionSuite, markedTexts, ROOT, setSettings, settledMarks, until } from './harness';

interface Term {
  id: string;
  term: string;
  occurrences: Record<string, number>;
  excerpts: { source: string; offset: number; text: string }[];
  definition: { zh: string };
}
const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: Term[] };
const termNamed = (name: string) => glossary.terms.find((t) => t.term === name)!;

const suite = extensionSuite();
const context = () => suite.context();
const extension = suite.extension;

afterEach(async () => {
  await setSettings(context(), undefined);
  for (const page of context().pages()) await page.close();
});

async function fixture(file: string): Promise<Page> {
  const page = await suite.open(file);
  await settledMarks(page, 13);
  return page;
}

const pageTermRows = (panel: Page) =>
  panel.$$eval('[data-testid="page-terms"] li', (items) =>
    items.map((li) => [li.querySelector('.tl-row-term')!.textContent, li.querySelector('.tl-count')!.textContent]),
  );

describe('side panel', () => {
  it('On this page lists exactly the terms of the active tab with their counts, and reveals one on the page', async () => {
    const panel = await context().newPage();
    await panel.goto(extension('sidepanel.html'));
    const page = await fixture('simplified.html');
    await page.bringToFront();
    const rows = await until(() => pageTermRows(panel), (r) => r.length === 12);
    expect(rows).toEqual(SIMPLIFIED_PAGE_TERMS);
    await panel.getByRole('button', { name: 'Scroll to the next occurrence of 天数天算' }).click();
    const flashed = await until(
      () => page.evaluate(() => [...(CSS.highlights.get('termlens-flash') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })),
      (f) => f.length > 0,
    );
    expect(flashed).toEqual(['天数天算']);
  });

  it('opens an entry, shows an excerpt at its exact place in the source, and marks the source\'s terms', async () => {
    const panel = await context().newPage();
    await panel.goto(extension('sidepanel.html'));
    await panel.getByRole('tab', { name: 'Glossary' }).click();
    await panel.getByRole('searchbox').fill('天数天算');
    await panel.getByRole('button', { name: /^天数天算/ }).click();
    const term = termNamed('天数天算');
    expect(await panel.textContent('.tl-entry-view')).toContain(term.definition.zh);
    await panel.getByRole('button', { name: 'Show in the article' }).first().click();
    const excerpt = term.excerpts[0]!;
    const focused = await until(
      () => panel.evaluate(() => {
        const r = [...(CSS.highlights.get('termlens-focus') ?? [])][0];
        return r ? (r as Range).toString() : '';
      }),
      (text) => text !== '',
    );
    expect(focused).toBe(excerpt.text);
    const marked = await panel.$$eval(`mark[data-term="${term.id}"]`, (m) => m.length);
    expect(marked).toBe(term.occurrences[excerpt.source]);
  });

  it('Reader marks the terms of pasted text', async () => {
    const panel = await context().newPage();
    await panel.goto(extension('sidepanel.html'));
    await panel.getByRole('tab', { name: 'Reader' }).click();
    await panel.getByLabel('Text to read').fill('万卡集群训练全模态大模型；MaaS 不是 MaaSive。');
    await panel.waitForSelector('.tl-article mark'); // marked once typing pauses
    expect(await panel.$$eval('.tl-article mark', (m) => m.map((x) => x.textContent))).toEqual(['万卡集群', '全模态大模型', 'MaaS']);
  });
});

describe('popup', () => {
  it('counts the tab\'s terms and switches the site off and on, which the open tab follows without a reload', async () => {
    const popup = await context().newPage();
    const page = await fixture('simplified.html');
    const before = await markedTexts(page);
    await page.bringToFront();
    await popup.goto(extension('popup.html'));
    expect(await popup.textContent('.tl-status p')).toContain('12 glossary terms on this page');
    const sw = popup.getByRole('switch', { name: 'Mark terms on 127.0.0.1' });
    expect(await sw.isChecked()).toBe(true);
    await sw.click();
    expect(await until(() => markedTexts(page), (m) => m.length === 0)).toEqual([]);
    await sw.click();
    expect(await until(() => markedTexts(page), (m) => m.length === before.length)).toEqual(before);
  });
});
