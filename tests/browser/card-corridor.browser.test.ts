/** The card over a page when the pointer rests on another term on its way to the card, in Chromium. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { ADJACENT_PAGE } from './card-pages';
import { afterCardHoverDelay, termBoxOnPage } from './card-probes';
import { cardText, extensionSuite, recordRequests, settledMarks, until } from './harness';

const suite = extensionSuite({ '/adjacent.html': () => ADJACENT_PAGE });

afterEach(async () => {
  for (const page of suite.context().pages()) await page.close();
});

const termRect = (page: Page, id: string, term: string) => page.evaluate(termBoxOnPage, [id, term] as const);
const afterHoverDelay = (page: Page) => page.evaluate(afterCardHoverDelay, DEFAULT_SETTINGS.hoverDelayMs);

describe('a card and the term beside it', () => {
  it('does NOT open the term the pointer rested on in the corridor, even as the hand trembles there', async () => {
    const page = await suite.open('adjacent.html');
    await settledMarks(page, 3);
    const a = await termRect(page, 'a', '全模态大模型');
    const b = await termRect(page, 'a', 'MaaS');
    await page.mouse.move(a.right - 4, (a.top + a.bottom) / 2);
    await until(() => cardText(page), (t) => !!t);
    const requests = await recordRequests(suite.context());
    // On MaaS, low and near 全模态大模型: inside the corridor from the term down to its card.
    const rest = { x: b.left + 6, y: b.bottom - 2 };
    await page.mouse.move(rest.x, rest.y, { steps: 3 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
    await page.mouse.move(rest.x + 1, rest.y);
    await page.mouse.move(rest.x, rest.y);
    await afterHoverDelay(page);
    // Requests from one frame arrive in order: once 天数天算's has, MaaS's would have before it.
    const c = await termRect(page, 'c', '天数天算');
    await page.mouse.move(c.left + 8, (c.top + c.bottom) / 2);
    const sent = await until(requests, (r) => r.some((q) => q.type === 'get-entry' && q.id === 'tianshu-tiansuan'));
    expect(sent.filter((q) => q.type === 'get-entry').map((q) => q.id)).toEqual(['tianshu-tiansuan']);
  });

  it('opens the term the pointer rested on once the pointer has left it and come back', async () => {
    const page = await suite.open('adjacent.html');
    await settledMarks(page, 3);
    const a = await termRect(page, 'a', '全模态大模型');
    const b = await termRect(page, 'a', 'MaaS');
    await page.mouse.move(a.right - 4, (a.top + a.bottom) / 2);
    await until(() => cardText(page), (t) => !!t);
    await page.mouse.move(b.left + 6, b.bottom - 2, { steps: 3 });
    expect(await until(() => cardText(page), (t) => t === undefined)).toBeUndefined();
    await page.mouse.move(b.right + 60, (b.top + b.bottom) / 2, { steps: 2 });
    await page.mouse.move(b.left + 10, (b.top + b.bottom) / 2, { steps: 2 });
    expect(await until(() => cardText(page), (t) => !!t?.includes('MaaS'))).toContain('MaaS');
  });
});
