/** Hostile and odd pages against the built extension in Chromium: exact marks, and nothing thrown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, evaluateIsolated, extensionSuite, markedTexts, markedTextsIsolated, recordRequests, ROOT, settledMarks, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;

const idOf = (term: string) => glossary.terms.find((t) => t.term === term)!.id;

const suite = extensionSuite();

/** The middle of 可灵 in hostile.html's #html-text, read in an isolated world (the page breaks built-ins). */
const klingBox = (page: Page) =>
  evaluateIsolated(page, () => {
    const text = document.getElementById('html-text')!.firstChild as Text;
    const range = document.createRange();
    const at = text.data.indexOf('可灵');
    range.setStart(text, at + 1);
    range.setEnd(text, at + 2);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

/** Errors the page reports that do not come from the fixture itself. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

afterEach(async () => {
  for (const page of suite.context().pages()) await page.close();
});

describe('a hostile page', () => {
  it('marks terms split across six inline elements, inside <ruby> (not its <rt>), in RTL text — and nothing in SVG', async () => {
    const page = await suite.context().newPage();
    const errors = collectErrors(page);
    await page.goto(suite.url('hostile.html'));
    expect(await until(() => markedTextsIsolated(page), (m) => m.length >= 7)).toEqual(['全模态大模型', '万卡集群', '天数', '天算', 'MaaS', '文生视频', '可灵']); // the ruby's reading stays unpainted
    expect(errors).toEqual([]);
  });

  it('survives broken built-ins and a fake `browser`/`chrome`: the card opens (with page CSS trying to hide it), and HTML in page text stays text', async () => {
    const page = await suite.open('hostile.html');
    await until(() => markedTextsIsolated(page), (m) => m.length >= 6);
    const box = await klingBox(page);
    await page.mouse.move(box.x, box.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('可灵'));
    const card = await evaluateIsolated(page, () => {
      const r = document.querySelector('[data-termlens-ui]')!.getBoundingClientRect();
      return { width: Math.round(r.width) > 100, height: Math.round(r.height) > 100 };
    });
    expect(card).toEqual({ width: true, height: true });
    expect(await evaluateIsolated(page, () => [(window as unknown as { __pwned?: number }).__pwned ?? null, document.querySelectorAll('#html-text img').length])).toEqual([null, 0]);
  });

  it('trusts nothing the page sends: spoofed messages and events open no card, flash nothing, reach no fake API', async () => {
    const page = await suite.open('hostile.html');
    await until(() => markedTextsIsolated(page), (m) => m.length >= 6);
    const requests = await recordRequests(suite.context());
    await evaluateIsolated(page, () => {
      for (const type of ['get-entry', 'open-entry', 'reveal-term', 'page-terms']) {
        window.postMessage({ type, id: 'tianshu-tiansuan' }, '*');
        window.dispatchEvent(new MessageEvent('message', { data: { type, id: 'tianshu-tiansuan' } }));
      }
      // Posted messages arrive in order: once this one has, every spoofed one has been delivered.
      return new Promise<void>((resolve) => {
        const onMessage = (e: MessageEvent) => {
          if (e.data !== 'termlens-test-sync') return;
          removeEventListener('message', onMessage);
          resolve();
        };
        addEventListener('message', onMessage);
        postMessage('termlens-test-sync', '*');
      });
    });
    expect(await cardText(page)).toBeUndefined();
    expect(await evaluateIsolated(page, () => [CSS.highlights.get('termlens-flash')?.size ?? 0, (window as unknown as { __spoofed?: boolean }).__spoofed ?? null])).toEqual([0, null]);
    // A real hover's card: its request reaches the background after any a spoofed message caused.
    const box = await klingBox(page);
    await page.mouse.move(box.x, box.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('可灵'));
    expect(await requests()).toEqual([{ type: 'get-entry', id: idOf('可灵') }]);
    expect(suite.context().pages()).toHaveLength(1); // no sidebar tab opened for a spoofed open-entry
  });
});

describe('odd DOM', () => {
  // 5,000 nested *blocks* crash Chromium's layout with or without TermLens (measured): nest inline elements.
  it('`display: contents` wrappers (no box of their own): the terms inside are marked, those under `display: none` are not', async () => {
    const page = await suite.context().newPage();
    const errors = collectErrors(page);
    await page.goto(suite.url('blank.html'));
    await page.evaluate(() => {
      const el = (tag: string, style: string, ...children: (Node | string)[]) => {
        const e = document.createElement(tag);
        e.setAttribute('style', style);
        e.append(...children);
        return e;
      };
      document.body.append(
        el('div', 'display: contents', el('p', '', '应用外壳里的天数天算')),
        el('section', 'display: contents', el('div', 'display: contents', '直接写在里面的万卡集群')),
        el('div', 'display: none', el('div', 'display: contents', el('p', '', '藏起来的可灵'))),
      );
    });
    expect(await settledMarks(page, 2)).toEqual(['天数天算', '万卡集群']);
    expect(errors).toEqual([]);
  });

  it('5,000 nested levels: the term at the bottom is marked', async () => {
    const page = await suite.context().newPage();
    const errors = collectErrors(page);
    await page.goto(suite.url('blank.html'));
    await page.evaluate(() => {
      let node: HTMLElement = document.body;
      for (let i = 0; i < 5000; i++) node = node.appendChild(document.createElement(i % 2 ? 'em' : 'span'));
      node.textContent = '最深处的天数天算';
      window.scrollTo(0, 0);
    });
    expect(await settledMarks(page, 1)).toEqual(['天数天算']);
    expect(errors).toEqual([]);
  });

  it('200 same-origin iframes: each one\'s term is marked', async () => {
    const page = await suite.open('blank.html');
    await page.evaluate(() => {
      for (let i = 0; i < 200; i++) {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width:120px;height:40px;border:0';
        frame.srcdoc = `<p>第${i}号：万卡集群</p>`;
        document.body.append(frame);
      }
    });
    const frames = () => page.frames().filter((f) => f !== page.mainFrame());
    await until(async () => frames().length, (n) => n === 200);
    // Each frame asks the background for the whole page matcher (0.57 MB with 1,757 terms): on a busy
    // 2-core machine 200 of them take minutes, so this waits for the outcome, not for a time.
    const marked = await until(
      async () => (await Promise.all(frames().map((f) => markedTexts(f).catch(() => [])))).filter((m) => m.join() === '万卡集群').length,
      (n) => n === 200,
      240_000,
    );
    expect(marked).toBe(200);
  }, 300_000);
});
