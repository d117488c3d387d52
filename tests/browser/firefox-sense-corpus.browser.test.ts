/** Sense-corpus pages in Firefox ESR with the built extension: exactly the marks `npm run eval:sense` counts. */
import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './firefox-harness';
import { settledMarks } from './harness';
import { senseCorpusPages } from './sense-corpus-pages';

const pages = senseCorpusPages();
const suite = firefoxSuite(Object.fromEntries(pages.map((p) => [`/${p.file}`, () => p.html])));

describe('sense-corpus pages in Firefox ESR', () => {
  it.each(pages.map((p) => [p.file, p] as const))('marks %s exactly as the evaluation computes', async (_file, corpusPage) => {
    const page = await suite.open(corpusPage.file);
    // Ranges are painted near the viewport: make the whole page one viewport.
    await page.setViewport({ width: 1200, height: 6000 });
    expect(await settledMarks(page, corpusPage.expected.length)).toEqual(corpusPage.expected);
    await page.close();
  });
});
