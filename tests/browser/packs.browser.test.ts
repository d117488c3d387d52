/**
 * Glossary packs in real Chromium against a pack source on 127.0.0.1: a subscription added, the
 * first download, a patch whose new term an
 * open tab marks without a reload, a corrupt file and a connection cut mid-file that change
 * nothing (and the download resuming from the last whole file), then the subscription removed with
 * its terms. No request carries a cookie or a referrer. Chromium's permission prompt cannot be
 * answered by a driven browser (permissions.request stays pending), so here the subscription is
 * sent to the background as the options page sends it once the host is granted; the prompt, the
 * grant and its removal are tested in Firefox ESR (firefox-packs.browser.test.ts). The source
 * answers with CORS open, as docs/packs.md asks, so fetching needs no host permission.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { release, term } from '../packs-fixtures';
import { extensionSuite, markedTexts, settledMarks, until } from './harness';
import { startPackServer } from './pack-server';

const PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p id="p">国产量子墨水屏、墨光基板和流明存算卡都在进步，大模型也在用。</p></body></html>';
const suite = extensionSuite({ '/packs.html': () => PAGE });

const filler = Array.from({ length: 12 }, (_, i) => term(`node-${i + 3}nm`, `${i + 3}纳米制程`));
const r1 = release([term('quantum-ink-screen', '量子墨水屏', 'chips', 'quantum ink screen'), term('byd-pack', '比亚迪汉', 'ev'), ...filler]);
const r2 = release([term('quantum-ink-screen', '量子墨水屏', 'chips', 'quantum ink screen'), term('ink-light-substrate', '墨光基板', 'chips', 'ink-light substrate'), term('byd-pack', '比亚迪汉', 'ev'), ...filler], r1);
const r3 = release([term('quantum-ink-screen', '量子墨水屏', 'chips', 'quantum ink screen (light-sensitive)'), term('ink-light-substrate', '墨光基板', 'chips', 'ink-light substrate'), term('byd-pack', '比亚迪汉', 'ev'), ...filler], r2);
const r4 = release([...r3Terms(), term('lumen-compute-card', '流明存算卡', 'chips', 'lumen compute card')], r3);
function r3Terms() {
  return [term('quantum-ink-screen', '量子墨水屏', 'chips', 'quantum ink screen (light-sensitive)'), term('ink-light-substrate', '墨光基板', 'chips', 'ink-light substrate'), term('byd-pack', '比亚迪汉', 'ev'), ...filler];
}

let server: Awaited<ReturnType<typeof startPackServer>>;
let options: Page;
let reading: Page;

beforeAll(async () => {
  server = await startPackServer(r1);
});
afterAll(async () => {
  await server.close();
});

const statusText = (page: Page) => page.$eval('.tl-packs', (el) => el.querySelector('[role=status], [role=alert]')?.textContent ?? '');
const heldText = (page: Page) => page.$eval('.tl-packs', (el) => [...el.querySelectorAll('.tl-packs-held li')].map((li) => li.textContent));
const permitted = (page: Page, origin: string) =>
  page.evaluate((o) => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: [o] }), origin);

async function checkNow(page: Page): Promise<string> {
  const before = await statusText(page);
  await page.click('text=Check now');
  return until(() => statusText(page), (s) => s !== before && !s.startsWith('Downloading'));
}

describe('glossary packs (Chromium)', () => {
  it('marks nothing of a pack before one is applied: the bundled glossary serves alone', async () => {
    await suite.context().addCookies([{ name: 'session', value: 'reader-secret', domain: '127.0.0.1', path: '/' }]);
    reading = await suite.open('packs.html');
    expect(await settledMarks(reading)).toEqual(['大模型']);
    options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    await options.waitForSelector('.tl-packs');
    expect(await options.textContent('.tl-packs')).toContain('This build has no TermLens pack channel: nothing is downloaded unless you subscribe below.');
    expect(await heldText(options)).toEqual([]);
    expect(server.log).toEqual([]);
  });

  it('subscribes by URL, downloads each pack whole, and the open tab marks the new term without a reload', async () => {
    await options.evaluate(
      (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'add-pack-source', url }),
      server.versionUrl,
    );
    expect(await options.textContent('.tl-packs-subscriptions')).toBe(`${server.versionUrl} Remove`);
    expect(await until(() => heldText(options), (h) => h.length === 2)).toEqual([
      `chips 1.0.0 (2026-12-01, 13 terms) from ${server.host}`,
      `ev 1.0.0 (2026-12-01, 1 terms) from ${server.host}`,
    ]);
    expect(server.log.map((r) => r.path)).toEqual(['packs.json', 'chips/1.0.0.json', 'ev/1.0.0.json']);
    expect(await until(() => markedTexts(reading), (m) => m.length === 2)).toEqual(['量子墨水屏', '大模型']);
  });

  it("finds a pack's term in the popup's search, as it finds a bundled one", async () => {
    const popup = await suite.context().newPage();
    await popup.goto(suite.extension('popup.html'));
    await popup.getByRole('searchbox').fill('量子墨水屏');
    expect(await until(() => popup.$$eval('[role=option]', (items) => items.map((li) => li.textContent)), (o) => o.length > 0)).toEqual(['量子墨水屏quantum-ink-screen']);
    await popup.close();
  });

  it('applies a patch adding a term, which the open tab then marks', async () => {
    server.serve(r2);
    server.log.length = 0;
    expect(await checkNow(options)).toMatch(/^Last check .*: up to date\.Applied: chips 1\.0\.1$/);
    expect(server.log.map((r) => r.path)).toEqual(['packs.json', 'chips/1.0.1-patch.json']);
    expect(await until(() => markedTexts(reading), (m) => m.length === 3)).toEqual(['量子墨水屏', '墨光基板', '大模型']);
  });

  it('changes NOTHING when a file does not match its SHA-256, and says so', async () => {
    server.serve(r3);
    const good = r3.files.get('chips/1.0.2-patch.json')!;
    server.corrupt.set('chips/1.0.2-patch.json', good.replace('light-sensitive', 'LIGHT-SENSITIVE'));
    const status = await checkNow(options);
    expect(status).toContain("chips/1.0.2-patch.json: its SHA-256 differs from the version file's; nothing changed");
    expect(status).toMatch(/failed; what was there is kept\..*Next try/);
    expect(await heldText(options)).toEqual([`chips 1.0.1 (2026-12-01, 14 terms) from ${server.host}`, `ev 1.0.0 (2026-12-01, 1 terms) from ${server.host}`]);
    expect(await markedTexts(reading)).toEqual(['量子墨水屏', '墨光基板', '大模型']);
  });

  it('keeps the last whole file when the connection is cut mid-file, and resumes from it later', async () => {
    server.serve(r4);
    server.cut.add('chips/1.0.3-patch.json');
    const status = await checkNow(options);
    expect(status).toContain('1.0.3-patch.json: the connection failed or was cut');
    expect(await heldText(options)).toContain(`chips 1.0.2 (2026-12-01, 14 terms) from ${server.host}`);
    expect(await markedTexts(reading)).toEqual(['量子墨水屏', '墨光基板', '大模型']);

    server.cut.clear();
    server.log.length = 0;
    expect(await checkNow(options)).toMatch(/up to date\.Applied: chips 1\.0\.3$/);
    // Only the missing patch: the one applied before the cut is not fetched again.
    expect(new Set(server.log.map((r) => r.path))).toEqual(new Set(['packs.json', 'chips/1.0.3-patch.json']));
    expect(await until(() => markedTexts(reading), (m) => m.length === 4)).toEqual(['量子墨水屏', '墨光基板', '流明存算卡', '大模型']);
  });

  it('sent no cookie and no referrer with any request', () => {
    expect(server.log.filter((r) => r.cookie !== undefined || r.referer !== undefined)).toEqual([]);
  });

  it('removes a subscription with its terms: the open tab marks only the bundled glossary again', async () => {
    await options.click('.tl-packs-subscriptions button');
    expect(await until(() => heldText(options), (h) => h.length === 0)).toEqual([]);
    expect(await options.textContent('.tl-packs-subscriptions')).toBe('');
    expect(await permitted(options, 'http://127.0.0.1/*')).toBe(false);
    expect(await until(() => markedTexts(reading), (m) => m.length === 1)).toEqual(['大模型']);
  });
});
