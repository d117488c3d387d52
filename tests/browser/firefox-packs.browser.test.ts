/**
 * Glossary packs in Firefox ESR: a subscription added in the options page asks for its host's
 * permission at that click (granted here by Firefox's no-prompt preference), the pack's term is
 * then marked in an open tab without a reload, and removing the subscription drops the permission
 * and the term. The source is on 127.0.0.1 (pack-server.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { release, term } from '../packs-fixtures';
import { firefoxSuite } from './firefox-harness';
import { markedTexts, settledMarks, until } from './harness';
import { startPackServer } from './pack-server';

const PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p id="p">国产量子墨水屏在进步，大模型也在用。</p></body></html>';
const suite = firefoxSuite({ '/packs.html': () => PAGE }, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
const r1 = release([term('quantum-ink-screen', '量子墨水屏', 'chips', 'quantum ink screen'), ...Array.from({ length: 4 }, (_, i) => term(`node-${i + 3}nm`, `${i + 3}纳米制程`))]);

let server: Awaited<ReturnType<typeof startPackServer>>;
beforeAll(async () => {
  server = await startPackServer(r1);
});
afterAll(async () => {
  await server.close();
});

const permitted = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
const heldText = (page: Page) => page.$$eval('.tl-packs-held li', (items) => items.map((li) => li.textContent));

describe('Firefox ESR: glossary packs', () => {
  it('asks for the source host when subscribing, marks the pack term in an open tab, and drops both on removal', async () => {
    const reading = await suite.open('packs.html');
    expect(await settledMarks(reading)).toEqual(['大模型']);
    const options = await suite.browser().newPage();
    void options.goto(suite.extension('options.html')).catch(() => {});
    const input = await options.waitForSelector('input[name=pack-url]');
    expect(await permitted(options)).toBe(false);

    await input!.type(server.versionUrl);
    await options.click('.tl-packs form button[type=submit]');
    // The fixture glossary's second domain gives an empty pack.
    expect(await until(() => heldText(options), (h) => h.length === 2)).toEqual([
      `chips 1.0.0 (2026-12-01, 5 terms) from ${server.host}`,
      `ev 1.0.0 (2026-12-01, 0 terms) from ${server.host}`,
    ]);
    expect(await permitted(options)).toBe(true);
    expect(await until(() => markedTexts(reading), (m) => m.length === 2)).toEqual(['量子墨水屏', '大模型']);

    await options.click('.tl-packs-subscriptions button');
    expect(await until(() => heldText(options), (h) => h.length === 0)).toEqual([]);
    expect(await until(() => permitted(options), (p) => !p)).toBe(false);
    expect(await until(() => markedTexts(reading), (m) => m.length === 1)).toEqual(['大模型']);
    expect(server.log.map((r) => r.path)).toEqual(['packs.json', 'chips/1.0.0.json', 'ev/1.0.0.json']);
    expect(server.log.filter((r) => r.cookie !== undefined || r.referer !== undefined)).toEqual([]);
  });
});
