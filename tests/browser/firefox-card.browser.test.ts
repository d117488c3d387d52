/**
 * The hover card in Firefox ESR, mirroring card-ux and card-privacy (Chromium): hover intent, wheel,
 * placement, page theme, and a page that tries to read, change, hide, move or drive the card —
 * exact assertions on what the page observes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DARK_PAGE, HOSTILE_CARD_INIT, HOSTILE_CARD_PAGE, PLACES_PAGE } from './card-pages';
import { firefoxCardDriver, intersects } from './firefox-card-driver';
import { firefoxSetSettings, firefoxSuite } from './firefox-harness';
import { ROOT, settledMarks, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string; en: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition;

/**
 * Pages report a DARK system scheme (puppeteer's emulateMediaFeatures needs CDP, which Firefox over
 * WebDriver BiDi lacks; this pref is Firefox's own override: 0 dark, 1 light): a light page's light
 * card shows the page, not the system, decides. Chromium's card-ux test covers the reverse.
 */
const suite = firefoxSuite(
  { '/places.html': () => PLACES_PAGE, '/dark.html': () => DARK_PAGE, '/hostile-card.html': () => HOSTILE_CARD_PAGE },
  { prefs: { 'layout.css.prefers-color-scheme.content-override': 0 } },
);
const card = firefoxCardDriver(suite.browser);
const { cardText, inCard, termBox: termRect, hostBox: hostRect } = card;

afterEach(async () => {
  await firefoxSetSettings(suite.browser(), undefined);
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

async function open(file: string, viewport = { width: 1000, height: 800 }, marks = 1): Promise<Page> {
  const page = await suite.open(file);
  await page.setViewport(viewport);
  await settledMarks(page, marks);
  return page;
}

const openCard = (page: Page, id: string, term: string) => card.openCard(page, id, term, definitionOf(term).zh);

describe('Firefox ESR: hover intent', () => {
  it('keeps the card open while the pointer moves from the term into it in 10 steps and rests there 1.5 s', async () => {
    const page = await open('places.html', undefined, 4);
    const { term, card } = await openCard(page, 'middle', '全模态大模型');
    await page.mouse.move(card.right - 20, (card.top + card.bottom) / 2, { steps: 10 });
    // The rest the reader's check names: 1.5 s still on the card.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await cardText(page)).toContain(definitionOf('全模态大模型').zh);
    expect(intersects(term, card)).toBe(false);
  });

  it('closes once the pointer settles away from the term, the card and the way between', async () => {
    const page = await open('places.html', undefined, 4);
    await openCard(page, 'top', '天数天算');
    await page.mouse.move(990, 790, { steps: 4 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
  });

  it('scrolls the card, NOT the page, under the wheel', async () => {
    await firefoxSetSettings(suite.browser(), { cardDetails: true });
    const page = await open('places.html', { width: 800, height: 600 }, 4);
    const { card } = await openCard(page, 'middle', '全模态大模型');
    const size = await inCard<{ scrollHeight: number; clientHeight: number }>(page, 'function () { const b = this.querySelector(".tl-hover"); return { scrollHeight: b.scrollHeight, clientHeight: b.clientHeight }; }');
    expect(size!.scrollHeight).toBeGreaterThan(size!.clientHeight);
    await page.mouse.move(card.left + 40, card.top + 60, { steps: 10 });
    for (let i = 0; i < 3; i++) await page.mouse.wheel({ deltaY: 200 });
    expect(await until(() => inCard<number>(page, 'function () { return this.querySelector(".tl-hover").scrollTop; }'), (top) => (top ?? 0) > 0)).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) await page.mouse.wheel({ deltaY: 400 }); // past the card's end
    await until(() => inCard<number>(page, 'function () { const b = this.querySelector(".tl-hover"); return b.scrollHeight - b.clientHeight - b.scrollTop; }'), (left) => left === 0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('Firefox ESR: placement', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    it(`never covers the term at the top, middle, bottom and right edge of ${viewport.width}×${viewport.height}, details shown`, async () => {
      await firefoxSetSettings(suite.browser(), { cardDetails: true });
      const page = await open('places.html', viewport, 4);
      const overlaps: string[] = [];
      for (const [id, term] of [['top', '天数天算'], ['middle', '全模态大模型'], ['bottom', '万卡集群'], ['right', 'MaaS']] as const) {
        const { term: t, card } = await openCard(page, id, term);
        const inside = card.left >= 0 && card.top >= 0 && card.right <= viewport.width && card.bottom <= viewport.height;
        if (intersects(t, card) || !inside) overlaps.push(`${term}: term ${JSON.stringify(t)} card ${JSON.stringify(card)}`);
        await page.keyboard.press('Escape');
        await until(() => hostRect(page), (r) => !r);
      }
      expect(overlaps).toEqual([]);
    });
  }
});

describe('Firefox ESR: page theme', () => {
  it('gives a dark page a dark card, and a light page a light one under a dark system scheme', async () => {
    const dark = await open('dark.html', undefined, 2);
    await openCard(dark, 'p', '天数天算');
    expect(await inCard(dark, 'function () { return getComputedStyle(this.querySelector(".tl-hover")).backgroundColor; }')).toBe('rgb(32, 33, 36)');
    const light = await open('places.html', undefined, 4);
    expect(await light.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await openCard(light, 'top', '天数天算');
    expect(await inCard(light, 'function () { return getComputedStyle(this.querySelector(".tl-hover")).backgroundColor; }')).toBe('rgb(255, 255, 255)');
  });
});

async function hostilePage(): Promise<Page> {
  const page = await suite.browser().newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluateOnNewDocument(HOSTILE_CARD_INIT);
  await page.goto(suite.url('hostile-card.html'));
  await settledMarks(page, 2);
  return page;
}

describe('Firefox ESR: a page against the card', () => {
  it('sees a plain host it cannot look into, style, hide or move: no custom element, no shadow root, no text', async () => {
    const page = await hostilePage();
    await openCard(page, 'a', '天数天算');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-termlens-ui]')!;
      const style = getComputedStyle(host);
      const r = host.getBoundingClientRect();
      return {
        tag: host.tagName,
        attributes: host.getAttributeNames(),
        shadowRoot: host.shadowRoot,
        childNodes: host.childNodes.length,
        textContent: host.textContent,
        internals: (window as unknown as { __internals: unknown[] }).__internals.length,
        oldName: document.querySelectorAll('termlens-card').length,
        computed: [style.display, style.visibility, style.opacity, style.transform, style.clipPath, style.pointerEvents],
        visible: r.width > 300 && r.height > 100 && r.top > 0,
      };
    });
    expect(seen).toEqual({
      tag: 'DIV',
      attributes: ['data-termlens-ui', 'style'],
      shadowRoot: null,
      childNodes: 0,
      textContent: '',
      internals: 0,
      oldName: 0,
      computed: ['block', 'visible', '1', 'none', 'none', 'auto'],
      visible: true,
    });
  });

  it('cannot find the open definition with window.find(), though it finds its own text', async () => {
    const page = await hostilePage();
    await openCard(page, 'a', '天数天算');
    const definition = definitionOf('天数天算');
    const found = await page.evaluate(
      (zh, en) => {
        const find = (window as unknown as { find(text: string): boolean }).find.bind(window);
        return [find(zh.slice(0, 8)), find(en.slice(0, 20)), find('Copy'), find('第二段')];
      },
      definition.zh,
      definition.en,
    );
    expect(found).toEqual([false, false, false, true]);
  });

  it('puts back a host the page restyles or removes, while the card is open', async () => {
    const page = await hostilePage();
    await openCard(page, 'a', '天数天算');
    await page.evaluate(() => {
      const host = document.querySelector('[data-termlens-ui]') as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
      host.setAttribute('inert', '');
    });
    const restored = await until(
      () => page.evaluate(() => { const h = document.querySelector('[data-termlens-ui]')!; return [getComputedStyle(h).display, h.hasAttribute('inert')] as [string, boolean]; }),
      ([d]) => d === 'block',
    );
    expect(restored).toEqual(['block', false]);
    await page.evaluate(() => document.querySelector('[data-termlens-ui]')!.remove());
    expect(await until(() => page.evaluate(() => document.querySelectorAll('[data-termlens-ui]').length), (n) => n === 1)).toBe(1);
    expect(await cardText(page)).toContain(definitionOf('天数天算').zh);
  });

  it('opens NOTHING with synthetic pointer, click and key events, and clicking the host opens no tab', async () => {
    const page = await hostilePage();
    const tabsBefore = (await suite.browser().pages()).length;
    const b = await termRect(page, 'b', '全模态大模型');
    await page.evaluate(
      (x, y) => {
        const target = document.elementFromPoint(x, y)!;
        for (let i = 0; i < 3; i++) target.dispatchEvent(new PointerEvent('pointermove', { clientX: x + i, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
        target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
        for (const key of ['j', 'k', 'l']) document.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, altKey: true, bubbles: true }));
      },
      b.x,
      b.y,
    );
    // Sync point: a real hover on the other paragraph opens its card; the synthetic ones opened none before it.
    await openCard(page, 'a', '天数天算');
    expect(await cardText(page)).not.toContain(definitionOf('全模态大模型').zh);
    expect(await page.evaluate(() => (window as unknown as { __inserted: number }).__inserted)).toBe(1);
    await page.evaluate(() => {
      const host = document.querySelector('[data-termlens-ui]') as HTMLElement;
      for (let i = 0; i < 5; i++) host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(await cardText(page)).toContain(definitionOf('天数天算').zh);
    expect((await suite.browser().pages()).length).toBe(tabsBefore);
  });
});
