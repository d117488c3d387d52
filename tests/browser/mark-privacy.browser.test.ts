/**
 * A page plays the attacker (Chromium): with thousands of candidate words on it, it reads
 * everything of TermLens's marks a page script can — the highlight registry, the ::highlight styles,
 * the style sheets, the elements under <html> — before and after the reader adds three own terms
 * and sets thirty terms to Known, and learns nothing: what it reads is the same. The own terms are
 * painted all the same, in the private layer (read through the DevTools protocol, as a page cannot).
 * And a page that clears or replaces TermLens's highlights does not take the marks away.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cardText, extensionSuite, markedTexts, setSettings, settledMarks, until } from './harness';
import { attackerPage, bundledIdOf, observe, OWN_TERMS, type Observation } from './mark-privacy-page';
import { privateMarks, privateTexts } from './private-marks';

const page = attackerPage();
const SCROLLER = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body style="margin:0;font-size:16px;line-height:24px">
<p id="top" style="margin:0">${OWN_TERMS[0]}在上面</p>
<div id="box" style="height:72px;overflow:auto;margin:0"><p style="margin:0">一行${OWN_TERMS[1]}</p><p style="margin:0">二行</p><p style="margin:0">三行</p><p style="margin:0">四行</p><p style="margin:0">五行${OWN_TERMS[2]}</p></div>
</body></html>`;
const suite = extensionSuite({ '/candidates.html': () => page.html, '/scroller.html': () => SCROLLER });

afterAll(async () => {
  for (const p of suite.context().pages()) await p.close();
});

const OWN_TSV = ['term\tpinyin\tenglish\tdefinition', `${OWN_TERMS[0]}\tzhen li wen\tglass grain\t一种玻璃纹理`, `${OWN_TERMS[1]}\truo sheng shu\treed pivot\t一种枢纽`, `${OWN_TERMS[2]}\tyi cong zhen\tjade array\t一种阵列`].join('\n');

/** The page's reading once TermLens's painting has settled: two reads in a row the same. */
async function settledObservation(reading: Page): Promise<Observation> {
  await settledMarks(reading, 10);
  let last = '';
  const read = async () => JSON.stringify(await reading.evaluate(observe));
  const now = await until(read, (value) => {
    const same = value === last;
    last = value;
    return same;
  });
  return JSON.parse(now) as Observation;
}

async function sendToBackground(from: Page, message: object): Promise<unknown> {
  return from.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
}

describe('what a page can read of the reader\'s own terms and statuses', () => {
  let fresh: Observation;
  let known: string[];

  it('has thousands of candidates, and reads TermLens\'s bundled marks on a fresh profile', async () => {
    expect(page.candidates).toBeGreaterThan(4000);
    const reading = await suite.open('candidates.html');
    fresh = await settledObservation(reading);
    const underline = fresh.registry.find(([name]) => name.startsWith('termlens-underline '))![1];
    // The first screen's bundled terms are marked; none of the strings that will be own terms.
    const onTop = underline.filter((r) => r.split('@')[1]!.startsWith('0:')).map((r) => r.split('@')[0]);
    expect(onTop).toEqual(['大模型', '万卡集群', 'MaaS'].sort());
    expect(JSON.stringify(fresh)).not.toMatch(new RegExp(OWN_TERMS.join('|')));
    // Thirty marked bundled terms (forms of distinct terms) to set to Known.
    const ids = new Set<string>();
    for (const range of underline) {
      const id = bundledIdOf(range.split('@')[0]!);
      if (id) ids.add(id);
      if (ids.size === 30) break;
    }
    known = [...ids];
    expect(known).toHaveLength(30);
    expect(await privateMarks(reading)).toEqual([]);
    await reading.close();
  });

  it('reads exactly the same after the reader adds three own terms and sets thirty terms to Known, while the own terms ARE painted', async () => {
    const options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    await options.getByLabel('Import glossary…').setInputFiles({ name: 'own.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(OWN_TSV) });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported: 3 new, 0 updated. Open tabs mark them now.').waitFor();
    for (const id of known) expect(await sendToBackground(options, { type: 'set-term-status', id, status: 'known' })).toBe(true);
    const statuses = (await sendToBackground(options, { type: 'get-term-statuses' })) as { known: string[]; ignored: string[] };
    expect({ known: [...statuses.known].sort(), ignored: statuses.ignored }).toEqual({ known: [...known].sort(), ignored: [] });

    const reading = await suite.open('candidates.html');
    // The own terms on the first screen are painted, in the private layer, each under its text.
    const marks = await until(() => privateMarks(reading), (m) => m.length === 3);
    expect(marks.map((m) => m.text)).toEqual([...OWN_TERMS]);
    for (const mark of marks) {
      const box = await reading.evaluate((term) => {
        const text = document.getElementById('top')!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf(term));
        range.setEnd(text, text.data.indexOf(term) + term.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, width: r.width, bottom: r.bottom };
      }, mark.text);
      expect(mark.left).toBeCloseTo(box.left, 0);
      expect(mark.width).toBeCloseTo(box.width, 0);
      expect(mark.top + mark.height).toBeCloseTo(box.bottom, 0);
    }
    const after = await settledObservation(reading);
    expect(after).toEqual(fresh);
    expect(JSON.stringify(after)).not.toMatch(new RegExp(OWN_TERMS.join('|')));
    await options.close();
    await reading.close();
  });

  it('a card still opens on an own term painted in the private layer', async () => {
    const reading = await suite.open('candidates.html');
    await until(() => privateMarks(reading), (m) => m.length === 3);
    const at = await reading.evaluate((term) => {
      const text = document.getElementById('top')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(term) + 1);
      range.setEnd(text, text.data.indexOf(term) + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, OWN_TERMS[1]);
    await reading.mouse.move(at.x, at.y, { steps: 5 });
    expect(await until(() => cardText(reading), (text) => !!text?.includes('reed pivot'))).toContain(OWN_TERMS[1]);
    await reading.close();
  });

  it('follows its text: clipped to its scrolling box, moved when that box scrolls, hidden with its text', async () => {
    const reading = await suite.open('scroller.html');
    // The third own term is below the scrolling box's 72 px: not drawn.
    expect((await until(() => privateTexts(reading), (m) => m.length === 2))).toEqual([OWN_TERMS[0], OWN_TERMS[1]]);
    const box = await reading.evaluate(() => document.getElementById('box')!.getBoundingClientRect().toJSON() as DOMRect);
    await reading.evaluate(() => void (document.getElementById('box')!.scrollTop = 48));
    const scrolled = await until(() => privateMarks(reading), (m) => m.length === 2 && m[1]!.text === OWN_TERMS[2]);
    expect(scrolled.map((m) => m.text)).toEqual([OWN_TERMS[0], OWN_TERMS[2]]);
    expect(scrolled[1]!.top + scrolled[1]!.height).toBeLessThanOrEqual(box.bottom);
    expect(scrolled[1]!.top).toBeGreaterThanOrEqual(box.top);
    await reading.evaluate(() => void (document.getElementById('top')!.style.visibility = 'hidden'));
    expect(await until(() => privateTexts(reading), (m) => m.length === 1)).toEqual([OWN_TERMS[2]]);
    await reading.evaluate(() => void (document.getElementById('top')!.style.visibility = ''));
    expect(await until(() => privateTexts(reading), (m) => m.length === 2)).toEqual([OWN_TERMS[0], OWN_TERMS[2]]);
    await reading.close();
  });

  it('shows a page the Known terms only where the reader opts into lighter marks, as the option says', async () => {
    await setSettings(suite.context(), { lightKnown: true });
    const reading = await suite.open('candidates.html');
    const light = await until(
      () => reading.evaluate(() => CSS.highlights.get('termlens-underline-light')?.size ?? 0),
      (n) => n > 0,
    );
    expect(light).toBeGreaterThan(0);
    await setSettings(suite.context(), undefined);
    await reading.close();
  });
});

describe('a page that takes TermLens\'s highlights away', () => {
  const tampering: [string, () => void][] = [
    ['clears the registry', () => CSS.highlights.clear()],
    ['deletes the name', () => void CSS.highlights.delete('termlens-underline')],
    ['sets another Highlight under the name', () => void CSS.highlights.set('termlens-underline', new Highlight())],
    ['empties TermLens\'s Highlight', () => CSS.highlights.get('termlens-underline')!.clear()],
  ];
  for (const [what, tamper] of tampering) {
    it(`${what}: the marks come back at the next scroll or pointer move`, async () => {
      const reading = await suite.open('candidates.html');
      const before = await settledMarks(reading, 10);
      await reading.evaluate(tamper);
      expect(await markedTexts(reading)).toEqual([]);
      await reading.mouse.move(5, 5);
      await reading.mouse.move(15, 15);
      expect(await until(() => markedTexts(reading), (m) => m.length === before.length)).toEqual(before);
      await reading.close();
    });
  }
});
