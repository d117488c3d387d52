/**
 * Hover intent in Firefox ESR when the pointer trembles on another term on its way to the card,
 * mirroring card-corridor (over a page) and popover-intent (the side panel's Reader) in Chromium.
 * What opened is read from the requests the content script sends (an extension page listens beside
 * the background) and from the popover on the panel.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { POPOVER_HOVER_DELAY_MS } from '../../lib/limits';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { ADJACENT_PAGE, ADJACENT_READER_TEXT } from './card-pages';
import { afterCardHoverDelay, afterPopoverHoverDelay, markBoxOnPage, popoverOnPage } from './card-probes';
import { firefoxCardDriver } from './firefox-card-driver';
import { firefoxExtensionPage, firefoxRecordRequests, firefoxSuite } from './firefox-harness';
import { settledMarks, until } from './harness';

const suite = firefoxSuite({ '/adjacent.html': () => ADJACENT_PAGE });
const { cardText, termBox } = firefoxCardDriver(suite.browser);

afterEach(async () => {
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

describe('Firefox ESR: a card and the term beside it', () => {
  it('does NOT open the term the pointer rested on in the corridor, even as the hand trembles there', async () => {
    const page = await suite.open('adjacent.html');
    await settledMarks(page, 3);
    const a = await termBox(page, 'a', '全模态大模型');
    const b = await termBox(page, 'a', 'MaaS');
    const requests = await firefoxRecordRequests(suite.browser());
    await page.bringToFront();
    await page.mouse.move(a.right - 4, (a.top + a.bottom) / 2);
    await until(() => cardText(page), (t) => !!t);
    // On MaaS, low and near 全模态大模型: inside the corridor from the term down to its card.
    const rest = { x: b.left + 6, y: b.bottom - 2 };
    await page.mouse.move(rest.x, rest.y, { steps: 3 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
    await page.mouse.move(rest.x + 1, rest.y);
    await page.mouse.move(rest.x, rest.y);
    await page.evaluate(afterCardHoverDelay, DEFAULT_SETTINGS.hoverDelayMs);
    // Requests from one frame arrive in order: once 天数天算's has, MaaS's would have before it.
    const c = await termBox(page, 'c', '天数天算');
    await page.mouse.move(c.x, c.y);
    const sent = await until(requests, (r) => r.some((q) => q.type === 'get-entry' && q.id === 'tianshu-tiansuan'));
    expect(sent.filter((q) => q.type === 'get-entry').map((q) => q.id)).toEqual(['omni-modal-large-model', 'tianshu-tiansuan']);
  });

  it('opens the term the pointer rested on once the pointer has left it and come back', async () => {
    const page = await suite.open('adjacent.html');
    await settledMarks(page, 3);
    const a = await termBox(page, 'a', '全模态大模型');
    const b = await termBox(page, 'a', 'MaaS');
    await page.mouse.move(a.right - 4, (a.top + a.bottom) / 2);
    await until(() => cardText(page), (t) => !!t);
    await page.mouse.move(b.left + 6, b.bottom - 2, { steps: 3 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
    await page.mouse.move(b.right + 60, (b.top + b.bottom) / 2, { steps: 2 });
    await page.mouse.move(b.left + 10, (b.top + b.bottom) / 2, { steps: 2 });
    expect(await until(() => cardText(page), (t) => !!t?.includes('Model-as-a-Service'))).toContain('Model-as-a-Service');
  });
});

/** The sidebar page in a tab, its Reader holding the two touching terms. */
async function readerWith(text: string): Promise<Page> {
  const panel = await firefoxExtensionPage(suite.browser(), 'sidepanel.html');
  await panel.setViewport({ width: 1000, height: 800 });
  await panel.waitForSelector('#tl-tab-reader');
  await panel.click('#tl-tab-reader');
  await panel.waitForSelector('.tl-reader textarea');
  await panel.type('.tl-reader textarea', text);
  await panel.waitForSelector('.tl-article mark');
  return panel;
}

const markBox = (panel: Page, term: string) => panel.evaluate(markBoxOnPage, term);
const popover = (panel: Page) => panel.evaluate(popoverOnPage);
const FIRST = '全模态大模型全模態大模型';

describe('Firefox ESR: side panel popover', () => {
  it('stays on its term while the pointer crosses the next term on its way in, and rests there 1.5 s', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const start = { x: first.right - 4, y: (first.top + first.bottom) / 2 };
    await panel.mouse.move(start.x, start.y);
    const open = await until(() => popover(panel), (p) => !!p);
    expect(open!.heading).toBe(FIRST);
    const second = await markBox(panel, 'MaaS');
    const target = { x: 300, y: open!.top + 100 };
    const headings = new Set<string>();
    for (let i = 1; i <= 10; i++) {
      await panel.mouse.move(start.x + ((target.x - start.x) * i) / 10, start.y + ((target.y - start.y) * i) / 10);
      headings.add((await popover(panel))?.heading ?? 'none');
    }
    expect(second.left).toBeLessThan(start.x + (target.x - start.x) / 5);
    expect([...headings]).toEqual([FIRST]);
    // The rest the reader's check names: 1.5 s still on the popover.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await popover(panel))?.heading).toBe(FIRST);
  });

  it('does NOT open the term the pointer rests on in the corridor, nor on a tremor there; leaving and coming back does', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const second = await markBox(panel, 'MaaS');
    await panel.mouse.move(first.right - 4, (first.top + first.bottom) / 2);
    await until(() => popover(panel), (p) => !!p);
    const onSecond = { x: second.left + 6, y: second.bottom - 2 };
    await panel.mouse.move(onSecond.x, onSecond.y, { steps: 3 });
    const headings: string[] = [];
    const closed = await until(
      async () => {
        const heading = (await popover(panel))?.heading ?? 'none';
        if (headings.at(-1) !== heading) headings.push(heading);
        return heading;
      },
      (h) => h === 'none',
    );
    expect(closed).toBe('none');
    expect(headings).toEqual([FIRST, 'none']);
    await panel.mouse.move(onSecond.x + 1, onSecond.y);
    await panel.mouse.move(onSecond.x, onSecond.y);
    await panel.evaluate(afterPopoverHoverDelay, POPOVER_HOVER_DELAY_MS);
    expect(await popover(panel)).toBeNull();
    await panel.mouse.move(second.right + 30, onSecond.y);
    await panel.mouse.move(second.left + 10, (second.top + second.bottom) / 2);
    expect((await until(() => popover(panel), (p) => !!p))!.heading).toBe('MaaS');
  });

  it('does NOT switch to a term the pointer only passes over, just outside the corridor, on its way in', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const second = await markBox(panel, 'MaaS');
    await panel.mouse.move(first.right - 4, (first.top + first.bottom) / 2);
    const open = await until(() => popover(panel), (p) => !!p);
    const path = [
      { x: second.left + 8, y: second.top + 3 },
      { x: second.left + 20, y: second.bottom + 2 },
      { x: second.left + 40, y: open!.top + 20 },
    ];
    const headings = new Set<string>();
    for (const p of path) {
      await panel.mouse.move(p.x, p.y);
      headings.add((await popover(panel))?.heading ?? 'none');
    }
    expect([...headings]).toEqual([FIRST]);
    await panel.evaluate(afterPopoverHoverDelay, POPOVER_HOVER_DELAY_MS);
    expect((await popover(panel))!.heading).toBe(FIRST);
  });
});
