/**
 * The options page in real Chromium under a Simplified and a Traditional Chinese interface: five
 * sections in order with a contents list linking to them, each part titled in that language, and
 * Send to Anki greyed out with its reason beside it while there is no own term.
 */
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness';
import { OUTLINES, readOptionsOutline } from './options-probe';

for (const locale of ['zh-CN', 'zh-TW'] as const) {
  describe(`the options page in the ${locale} interface`, () => {
    const suite = extensionSuite({}, { uiLocale: locale });

    it('shows its sections, their parts and the reason Send to Anki is greyed out, in that language', async () => {
      const options = await suite.context().newPage();
      await options.goto(suite.extension('options.html'));
      // The domain switches arrive with the glossary, last: wait for them before reading the outline.
      await options.waitForSelector('.tl-domains legend');
      expect(await options.evaluate(readOptionsOutline)).toEqual(OUTLINES[locale]);
    });
  });
}
