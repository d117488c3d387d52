/** The hover card as a reader uses it, in Chromium: hover intent, wheel, placement, page theme, actions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DARK_PAGE, PLACES_PAGE } from './card-pages';
import { termBoxOnPage } from './card-probes';
import { cardControl, cardText, extensionSuite, inCard, markedTexts, ROOT, setSettings, settledMarks, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; term: string; english: string; pinyin: string; definition: { zh: string; en: string } }[] };
const entry = (term: string) => glossary.terms.find((t) => t.term === term)!;

const suite = extensionSuite({ '/places.html': () => PLACES_PAGE, '/dark.html': () => DARK_PAGE });

afterEach(async () => {
  await setSettings(suite.context(), undefined);
  for (const page of suite.context().pages()) await page.close();
});

/** A term's box (the whole term) by element id, in viewport coordinates; x, y inside it. */
const termRect = (page: Page, id: string, term: string) => page.evaluate(termBoxOnPage, [id, term] as const);

const hostRect = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-termlens-ui]')?.getBoundingClientRect();
    return r && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined;
  });

async function openCard(page: Page, id: string, term: string) {
  const box = await termRect(page, id, term);
  await page.mouse.move(box.x, box.y);
  const card = await until(() => hostRect(page), (r) => !!r);
  expect(await until(() => cardText(page), (t) => !!t?.includes(entry(term).definition.zh))).toContain(entry(term).definition.zh);
  return { term: box, card: card! };
}

describe('hover intent', () => {
  it('keeps the card open while the pointer moves from the term into it in 10 steps and rests there 1.5 s', async () => {
    const page = await suite.open('places.html');
    await settledMarks(page, 4);
    const { term, card } = await openCard(page, 'middle', '全模态大模型');
    // Diagonal, to the far side of the card, across the page.
    await page.mouse.move(card.right - 20, card.top + (card.bottom - card.top) / 2, { steps: 10 });
    await page.waitForTimeout(1500);
    expect(await cardText(page)).toContain(entry('全模态大模型').definition.zh);
    expect(term.bottom <= card.top || term.top >= card.bottom).toBe(true);
  });

  it('closes once the pointer settles away from the term, the card and the way between', async () => {
    const page = await suite.open('places.html');
    await settledMarks(page, 4);
    await openCard(page, 'top', '天数天算');
    await page.mouse.move(1200, 790, { steps: 4 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
  });

  it('scrolls the card, NOT the page, under the wheel', async () => {
    const page = await suite.open('places.html');
    await page.setViewportSize({ width: 800, height: 600 });
    await setSettings(suite.context(), { cardDetails: true });
    await settledMarks(page, 4);
    const { card } = await openCard(page, 'middle', '全模态大模型');
    const scrollable = await inCard<{ scrollHeight: number; clientHeight: number }>(page, 'function () { const b = this.querySelector(".tl-hover"); return { scrollHeight: b.scrollHeight, clientHeight: b.clientHeight }; }');
    expect(scrollable!.scrollHeight).toBeGreaterThan(scrollable!.clientHeight);
    await page.mouse.move(card.left + 40, card.top + 60, { steps: 10 });
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 200);
    expect(await until(() => inCard<number>(page, 'function () { return this.querySelector(".tl-hover").scrollTop; }'), (top) => (top ?? 0) > 0)).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400); // past the card's end
    await until(() => inCard<number>(page, 'function () { const b = this.querySelector(".tl-hover"); return b.scrollHeight - b.clientHeight - b.scrollTop; }'), (left) => left === 0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('placement', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    it(`never covers the term at the top, middle, bottom and right edge of ${viewport.width}×${viewport.height}, details shown`, async () => {
      const page = await suite.open('places.html');
      await page.setViewportSize(viewport);
      await setSettings(suite.context(), { cardDetails: true });
      await settledMarks(page, 4);
      const overlaps: string[] = [];
      for (const [id, term] of [['top', '天数天算'], ['middle', '全模态大模型'], ['bottom', '万卡集群'], ['right', 'MaaS']] as const) {
        const { term: t, card } = await openCard(page, id, term);
        const intersects = card.left < t.right && t.left < card.right && card.top < t.bottom && t.top < card.bottom;
        const inside = card.left >= 0 && card.top >= 0 && card.right <= viewport.width && card.bottom <= viewport.height;
        if (intersects || !inside) overlaps.push(`${term}: term ${JSON.stringify(t)} card ${JSON.stringify(card)}`);
        await page.keyboard.press('Escape');
        await until(() => hostRect(page), (r) => !r);
      }
      expect(overlaps).toEqual([]);
    });
  }
});

describe('page theme', () => {
  it('gives a dark page a dark card, and a light page a light one, whatever the system scheme', async () => {
    const dark = await suite.open('dark.html');
    await dark.emulateMedia({ colorScheme: 'light' });
    await settledMarks(dark, 2);
    await openCard(dark, 'p', '天数天算');
    expect(await inCard(dark, 'function () { return getComputedStyle(this.querySelector(".tl-hover")).backgroundColor; }')).toBe('rgb(32, 33, 36)');
    const light = await suite.open('places.html');
    await light.emulateMedia({ colorScheme: 'dark' });
    await settledMarks(light, 4);
    await openCard(light, 'top', '天数天算');
    expect(await inCard(light, 'function () { return getComputedStyle(this.querySelector(".tl-hover")).backgroundColor; }')).toBe('rgb(255, 255, 255)');
  });
});

describe('card actions', () => {
  it('copies the term, pinyin, definition and a dated citation', async () => {
    const page = await suite.open('places.html');
    await suite.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await settledMarks(page, 4);
    const { card } = await openCard(page, 'top', '天数天算');
    const copy = (await cardControl(page, 'Copy'))!;
    await page.mouse.move(card.left + 20, card.top + 20, { steps: 10 });
    await page.mouse.click(copy.x, copy.y);
    const e = entry('天数天算');
    const text = await until(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t.startsWith('天数天算'));
    expect(text).toBe([`天数天算 (${e.pinyin}) — ${e.english}`, e.definition.zh, e.definition.en, 'TermLens glossary, after 中国经营报 “大模型首次上天 AI天地一体化提上日程” (2024-10)'].join('\n'));
    expect(await cardText(page)).toContain('Copied');
  });

  it('offers Pronounce always, and where the browser has no Mandarin voice says so when pressed', async () => {
    const page = await suite.open('places.html');
    await settledMarks(page, 4);
    await openCard(page, 'top', '天数天算');
    const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang));
    const mandarin = voices.some((l) => /^(zh|cmn)([-_](cn|tw|hans|hant|sg).*)?$/i.test(l));
    const button = (await cardControl(page, 'Pronounce')) ?? (await cardControl(page, 'Pronounce (online voice: the term is sent to a speech service)'));
    expect(button).toBeDefined();
    if (mandarin) return;
    await page.mouse.move(button!.x, button!.y, { steps: 4 });
    await page.mouse.click(button!.x, button!.y);
    const NO_VOICE = 'No Mandarin voice in this browser: add one in your system\'s speech settings';
    expect(await until(() => cardText(page), (t) => !!t?.includes(NO_VOICE))).toContain(NO_VOICE);
  });

  it('"Don\'t mark this term" unmarks it in every open tab, and the options page marks it again', async () => {
    const page = await suite.open('places.html');
    const other = await suite.open('places.html');
    await settledMarks(page, 4);
    await settledMarks(other, 4);
    await page.bringToFront();
    const { card } = await openCard(page, 'right', 'MaaS');
    const button = (await cardControl(page, "Don't mark this term"))!;
    await page.mouse.move(card.left + 20, card.top + 20, { steps: 10 });
    await page.mouse.click(button.x, button.y);
    expect(await until(() => markedTexts(page), (m) => m.length === 3 && !m.includes('MaaS'))).toEqual(['天数天算', '全模态大模型', '万卡集群']);
    await other.bringToFront(); // a background tab paints when shown
    expect(await until(() => markedTexts(other), (m) => m.length === 3 && !m.includes('MaaS'))).toEqual(['天数天算', '全模态大模型', '万卡集群']);
    const options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    await options.getByRole('button', { name: 'Mark again: MaaS' }).click();
    await other.bringToFront();
    expect(await until(() => markedTexts(other), (m) => m.length === 4)).toEqual(['天数天算', '全模态大模型', '万卡集群', 'MaaS']);
  });
});
