/**
 * The attacker page of mark-privacy.browser.test.ts in Firefox ESR: what a page script reads of
 * TermLens's marks is the same before and after the reader adds three own terms and sets thirty
 * terms to Known; the own terms are painted in the private layer (read through WebDriver BiDi, as
 * a page cannot); a page that clears the registry does not take the marks away.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxExtensionPage, firefoxSuite } from './firefox-harness';
import { markedTexts, settledMarks, until } from './harness';
import { attackerPage, bundledIdOf, observe, OWN_TERMS, type Observation } from './mark-privacy-page';
import { firefoxPrivateMarks } from './private-marks';

const page = attackerPage();
const suite = firefoxSuite({ '/candidates.html': () => page.html });
const files = mkdtempSync(join(tmpdir(), 'termlens-ff-privacy-'));
const OWN_TSV = ['term\tpinyin\tenglish\tdefinition', `${OWN_TERMS[0]}\tzhen li wen\tglass grain\t一种玻璃纹理`, `${OWN_TERMS[1]}\truo sheng shu\treed pivot\t一种枢纽`, `${OWN_TERMS[2]}\tyi cong zhen\tjade array\t一种阵列`].join('\n');

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

const send = (from: Page, message: object) =>
  from.evaluate((m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime.sendMessage(m), message);

describe('Firefox ESR: what a page can read of the reader\'s own terms and statuses', () => {
  let fresh: Observation;

  it('reads exactly the same on a fresh profile and after three own terms and thirty Known terms, while the own terms ARE painted', async () => {
    const first = await suite.open('candidates.html');
    fresh = await settledObservation(first);
    expect(JSON.stringify(fresh)).not.toMatch(new RegExp(OWN_TERMS.join('|')));
    const underline = fresh.registry.find(([name]) => name.startsWith('termlens-underline '))![1];
    const known = [...new Set(underline.map((r) => bundledIdOf(r.split('@')[0]!)).filter((id): id is string => !!id))].slice(0, 30);
    expect(known).toHaveLength(30);
    expect(await firefoxPrivateMarks(suite.browser(), first)).toEqual([]);
    await first.close();

    const options = await firefoxExtensionPage(suite.browser(), 'options.html');
    const path = join(files, 'own.tsv');
    writeFileSync(path, OWN_TSV);
    const input = (await options.waitForSelector('.import-glossary input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await options.waitForSelector('.import-report');
    await options.$$eval('button', (buttons) => buttons.find((b) => b.textContent === 'Import')!.click());
    await options.waitForSelector('::-p-text(Imported: 3 new, 0 updated. Open tabs mark them now.)');
    for (const id of known) expect(await send(options, { type: 'set-term-status', id, status: 'known' })).toBe(true);
    await options.close();

    const reading = await suite.open('candidates.html');
    const marks = await until(() => firefoxPrivateMarks(suite.browser(), reading), (m) => m.length === 3);
    expect(marks.map((m) => m.text)).toEqual([...OWN_TERMS]);
    expect(marks.every((m) => m.width > 20 && m.height === 2)).toBe(true);
    const after = await settledObservation(reading);
    expect(after).toEqual(fresh);
    expect(JSON.stringify(after)).not.toMatch(new RegExp(OWN_TERMS.join('|')));
    await reading.close();
  });

  it('puts back the marks of a page that clears the registry, at the next pointer move', async () => {
    const reading = await suite.open('candidates.html');
    const before = await settledMarks(reading, 10);
    await reading.evaluate(() => CSS.highlights.clear());
    expect(await markedTexts(reading)).toEqual([]);
    await reading.mouse.move(5, 5);
    await reading.mouse.move(15, 15);
    expect(await until(() => markedTexts(reading), (m) => m.length === before.length)).toEqual(before);
    await reading.close();
  });
});
