/** The reader's own glossary in Firefox ESR: a term added in the sidebar is marked at once in an open tab. */
import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './firefox-harness';
import { markedTexts, until } from './harness';

const suite = firefoxSuite();

describe('Firefox ESR: own glossary', () => {
  it('adds a term in the sidebar page (IndexedDB in the extension origin) and marks it at once in an open tab', async () => {
    const page = await suite.open('own-terms.html');
    await until(() => page.evaluate(() => document.readyState), (s) => s === 'complete');
    expect(await markedTexts(page)).toEqual([]);
    const panel = await suite.browser().newPage();
    // A moz-extension:// navigation never reports "loaded" to the driver: start it and wait for content.
    void panel.goto(suite.extension('sidepanel.html')).catch(() => {});
    await (await panel.waitForSelector('#tl-tab-add'))!.click();
    await panel.waitForSelector('.tl-add-term input');
    await panel.type('.tl-add-term input', '类脑计算');
    const values = () => panel.$$eval('.tl-add-term input', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await until(values, (v) => v[2] !== '')).toEqual(['类脑计算', '類腦計算', 'lèi nǎo jì suàn', '', '']);
    await panel.click('.tl-add-term button[type="submit"]');
    await panel.waitForSelector('::-p-text(Saved 类脑计算. Open tabs mark it now.)');
    expect(await until(() => markedTexts(page), (m) => m.length === 1)).toEqual(['类脑计算']);
  });
});
