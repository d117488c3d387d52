/**
 * A frame's start in Chromium: the page matcher and statuses come from the copy the background keeps
 * in storage.session (no message to the background), and a malformed copy sends the frame back to
 * asking the background, with the same marks.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_MATCHER_CACHE_KEY, TERM_STATUSES_CACHE_KEY } from '../../lib/browser/page-start-cache';
import { SIMPLIFIED_MARKS } from './expected';
import { extensionSuite, recordRequests, settledMarks, until } from './harness';

const suite = extensionSuite();

interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The types of the cached values, as the background sees them (undefined: not there). */
async function cachedTypes(context: BrowserContext): Promise<(string | undefined)[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (keys) => {
    const area = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
    const stored = await area.get(keys);
    return keys.map((key) => (stored[key] === undefined ? undefined : typeof stored[key]));
  }, [PAGE_MATCHER_CACHE_KEY, TERM_STATUSES_CACHE_KEY]);
}

const startRequests = (requests: { type: string }[]) => requests.map((r) => r.type).filter((type) => type === 'get-page-matcher' || type === 'get-term-statuses');

describe("a frame's start from the background's copy in storage.session", () => {
  it('marks the page with NO get-page-matcher or get-term-statuses message once the copy is there', async () => {
    expect(await until(() => cachedTypes(suite.context()), (types) => types.every((t) => t !== undefined))).toEqual(['string', 'object']);
    const requests = await recordRequests(suite.context());
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, SIMPLIFIED_MARKS.length)).toEqual(SIMPLIFIED_MARKS);
    expect(startRequests(await requests())).toEqual([]);
    await page.close();
  });

  it('asks the background where the copy is malformed, and marks the same terms', async () => {
    const worker = suite.context().serviceWorkers()[0]!;
    await worker.evaluate(async (key) => {
      const area = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
      const text = (await area.get([key]))[key] as string;
      await area.set({ [key]: text.slice(0, text.length / 2) });
    }, PAGE_MATCHER_CACHE_KEY);
    const requests = await recordRequests(suite.context());
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, SIMPLIFIED_MARKS.length)).toEqual(SIMPLIFIED_MARKS);
    expect(startRequests(await requests())).toEqual(['get-page-matcher']);
    await page.close();
  });
});
