/** A page that tries to read, change, hide, move or drive the card, in Chromium: exactly what it observes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_CARD_INIT, HOSTILE_CARD_PAGE } from './card-pages';
import { cardText, extensionSuite, ROOT, settledMarks, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string; en: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition;

const suite = extensionSuite({ '/hostile-card.html': () => HOSTILE_CARD_PAGE });

afterEach(async () => {
  for (const page of suite.context().pages()) await page.close();
});

async function pointAt(page: Page, id: string, term: string) {
  return page.evaluate(
    ([id, term]) => {
      const text = document.getElementById(id)!.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf(term);
      range.setStart(text, at + 1);
      range.setEnd(text, at + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: range.getBoundingClientRect().bottom };
    },
    [id, term] as const,
  );
}

async function hostilePage(): Promise<Page> {
  const page = await suite.context().newPage();
  await page.addInitScript(HOSTILE_CARD_INIT);
  await page.goto(suite.url('hostile-card.html'));
  await settledMarks(page, 2);
  return page;
}

describe('a page against the card', () => {
  it('sees a plain host it cannot look into, style, hide or move: no custom element, no shadow root, no text', async () => {
    const page = await hostilePage();
    const a = await pointAt(page, 'a', '天数天算');
    await page.mouse.move(a.x, a.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('天数天算').zh);
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
    const a = await pointAt(page, 'a', '天数天算');
    await page.mouse.move(a.x, a.y);
    await until(() => cardText(page), (t) => !!t);
    const definition = definitionOf('天数天算');
    const found = await page.evaluate(
      ([zh, en]) => {
        const find = (window as unknown as { find(text: string): boolean }).find.bind(window);
        const results = [find(zh.slice(0, 8)), find(en.slice(0, 20)), find("Copy"), find("第二段")];
        return results;
      },
      [definition.zh, definition.en] as const,
    );
    expect(found).toEqual([false, false, false, true]);
  });

  it('puts back a host the page restyles or removes, while the card is open', async () => {
    const page = await hostilePage();
    const a = await pointAt(page, 'a', '天数天算');
    await page.mouse.move(a.x, a.y);
    await until(() => cardText(page), (t) => !!t);
    await page.evaluate(() => {
      const host = document.querySelector('[data-termlens-ui]') as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
      host.setAttribute('inert', '');
    });
    expect(
      await until(
        () => page.evaluate(() => { const h = document.querySelector('[data-termlens-ui]')!; return [getComputedStyle(h).display, h.hasAttribute('inert')]; }),
        ([d]) => d === 'block',
      ),
    ).toEqual(['block', false]);
    await page.evaluate(() => document.querySelector('[data-termlens-ui]')!.remove());
    expect(await until(() => page.evaluate(() => document.querySelectorAll('[data-termlens-ui]').length), (n) => n === 1)).toBe(1);
    expect(await cardText(page)).toContain(definitionOf('天数天算').zh);
  });

  it('opens NOTHING with synthetic pointer, click and key events, and clicking the host opens no tab', async () => {
    const page = await hostilePage();
    const b = await pointAt(page, 'b', '全模态大模型');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 3; i++) target.dispatchEvent(new PointerEvent('pointermove', { clientX: x + i, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
      for (const key of ['j', 'k', 'l']) document.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, altKey: true, bubbles: true }));
    }, b);
    // Sync point: a real hover on the other paragraph opens its card; the synthetic ones opened none before it.
    const a = await pointAt(page, 'a', '天数天算');
    await page.mouse.move(a.x, a.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('天数天算').zh);
    expect(await cardText(page)).not.toContain(definitionOf('全模态大模型').zh);
    expect(await page.evaluate(() => (window as unknown as { __inserted: number }).__inserted)).toBe(1);
    await page.evaluate(() => {
      const host = document.querySelector('[data-termlens-ui]') as HTMLElement;
      for (let i = 0; i < 5; i++) host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(await cardText(page)).toContain(definitionOf('天数天算').zh);
    expect(suite.context().pages()).toHaveLength(1);
  });
});
