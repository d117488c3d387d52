/** Firefox ESR: a term added from a page's selection keeps where it was met and is marked at once in another tab. */
import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './firefox-harness';
import { markedTexts, until } from './harness';
import { firefoxPrivateTexts } from './private-marks';

const RELEASE = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><p id="p">新版本先做灰度发布。一周后全量上线。</p></body></html>`;
const suite = firefoxSuite({ '/release-a.html': () => RELEASE('发布说明 A'), '/release-b.html': () => RELEASE('发布说明 B') });

type ExtensionApi = {
  tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

describe('Firefox ESR: add from a selection', () => {
  it('adds a selected term with the sentence and page it was met on, and marks it at once in another tab', async () => {
    const a = await suite.open('release-a.html');
    const b = await suite.open('release-b.html');
    await until(() => b.evaluate(() => document.readyState), (s) => s === 'complete');
    expect(await markedTexts(b)).toEqual([]);
    await a.bringToFront();
    await a.evaluate(() => {
      const text = document.getElementById('p')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('灰度发布'));
      range.setEnd(text, text.data.indexOf('灰度发布') + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const panel = await suite.browser().newPage();
    void panel.goto(suite.extension('sidepanel.html')).catch(() => {});
    await panel.waitForSelector('#tl-tab-add');
    // The menu's click and the command cannot be driven here: the sidebar page sends every tab the
    // message their handlers send (only the tab holding a selection answers), then asks the
    // background to open the add form with the answer, as the handlers do.
    const capture = () =>
      panel.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const tabs = await api.tabs.query({});
        const answers = await Promise.all(tabs.map((tab) => api.tabs.sendMessage(tab.id, { type: 'capture-selection' }).catch(() => undefined)));
        return answers.find((answer) => answer) ?? null;
      });
    // Asked until the page's script is there to answer (it starts at document_idle).
    const draft = await until(capture, (d) => d !== null);
    await panel.evaluate((d) => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage({ type: 'open-add-term', draft: d }), draft);
    expect(draft).toEqual({ term: '灰度发布', met: { title: '发布说明 A', url: suite.url('release-a.html'), sentence: '新版本先做灰度发布。' } });
    const fields = () => panel.$$eval('.tl-add-term input, .tl-add-term textarea', (els) => els.map((e) => (e as HTMLInputElement).value));
    // term, forms, pinyin, English, definitions, note, tags, then where it was met: sentence, title, address.
    expect(await until(fields, (v) => v[2] !== '' && v.length === 11)).toEqual([
      '灰度发布', '灰度發佈', 'huī dù fā bù', '', '', '', '', '', '新版本先做灰度发布。', '发布说明 A', suite.url('release-a.html'),
    ]);
    await panel.click('.tl-add-term button[type="submit"]');
    await panel.waitForSelector('::-p-text(Saved 灰度发布. Open tabs mark it now.)');
    await b.bringToFront();
    // An own term: painted in the private layer, out of the page's highlight registry.
    expect(await until(() => firefoxPrivateTexts(suite.browser(), b), (m) => m.length === 1)).toEqual(['灰度发布']);
    expect(await markedTexts(b)).toEqual([]);
  });
});
