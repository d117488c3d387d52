/** Sense-corpus pages in Chromium with the built extension: exactly the marks `npm run eval:sense` counts. */
import { describe, expect, it } from 'vitest';
import { extensionSuite, settledMarks } from './harness';
import { senseCorpusPages } from './sense-corpus-pages';

const pages = senseCorpusPages();
const suite = extensionSuite(Object.fromEntries(pages.map((p) => [`/${p.file}`, () => p.html])));

describe('sense-corpus pages in Chromium', () => {
  it('samples a few dozen items, each page with marks to wait for', () => {
    expect(pages.reduce((n, p) => n + p.items.length, 0)).toBeGreaterThanOrEqual(36);
    for (const page of pages) expect(page.expected.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.file, p] as const))('marks %s exactly as the evaluation computes', async (_file, corpusPage) => {
    const page = await suite.open(corpusPage.file);
    // Ranges are painted near the viewport: make the whole page one viewport.
    await page.setViewportSize({ width: 1200, height: 6000 });
    expect(await settledMarks(page, corpusPage.expected.length)).toEqual(corpusPage.expected);
    await page.close();
  });
});
