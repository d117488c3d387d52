/**
 * "Send to Anki" in Firefox ESR against a fake AnkiConnect served on AnkiConnect's own address
 * (127.0.0.1:8765, the one address the extension may ask for): the optional permission is asked for
 * at the first click (granted here by Firefox's no-prompt preference), requests are plain POSTs
 * (no preflight), re-sending updates rather than adds, and a stopped Anki gives a clear message. The
 * fake answers as AnkiConnect's default configuration does: Access-Control-Allow-Origin for an
 * extension's origin. Fails with EADDRINUSE when something already listens on 8765.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownTermId } from '../../lib/db/own-terms';
import { ANKI_CONNECT_ORIGIN } from '../../lib/export/anki-connect';
import { fakeAnki } from '../fake-anki-connect';
import { FIREFOX_BUILD, firefoxSuite } from './firefox-harness';
import { ROOT } from './harness';
import { until } from './harness';

// Optional permissions granted without the doorhanger a driven browser cannot answer.
const suite = firefoxSuite({}, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
const anki = fakeAnki();
let server: Server;
const requests: string[] = [];

function listen(): Promise<void> {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.headers.origin}`);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const answer = anki.handle(body);
      const origin = request.headers.origin ?? '';
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...(origin.startsWith('moz-extension://') ? { 'Access-Control-Allow-Origin': origin } : {}) });
      response.end(JSON.stringify(answer.body));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(8765, '127.0.0.1', () => resolve());
  });
}

beforeAll(listen);
afterAll(() => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())));

const files = mkdtempSync(join(tmpdir(), 'termlens-ff-anki-'));
let options: Page;

const permitted = (page: Page) =>
  page.evaluate((origin) => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: [origin] }), ANKI_CONNECT_ORIGIN);
const status = (page: Page) => page.$eval('.reader-data [role]', (el) => el.textContent);

/** Clicks "Send to Anki" and checks the message it ends with (the actual one shows on failure). */
async function sendAndWait(page: Page, text: string): Promise<void> {
  await page.click('::-p-text(Send to Anki)');
  expect(await until(() => status(page), (s) => s !== 'Sending to Anki…')).toBe(text);
}

describe('Firefox ESR: Send to Anki', () => {
  it("declares AnkiConnect's address, and the pack sources', only as optional permissions (Firefox MV2 and, when built, Chrome MV3)", () => {
    const firefox = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect([firefox.permissions, firefox.optional_permissions]).toEqual([['storage', 'menus', 'alarms'], [ANKI_CONNECT_ORIGIN, 'https://*/*', 'http://127.0.0.1/*']]);
    const chromeManifest = join(ROOT, '.output', 'chrome-mv3', 'manifest.json');
    if (existsSync(chromeManifest)) {
      const chrome = JSON.parse(readFileSync(chromeManifest, 'utf8'));
      expect([chrome.host_permissions, chrome.optional_host_permissions]).toEqual([undefined, [ANKI_CONNECT_ORIGIN, 'https://*/*', 'http://127.0.0.1/*']]);
    }
  });

  it('asks for the AnkiConnect permission at the first click, adds one note per own term, and updates them when sent again', async () => {
    options = await suite.browser().newPage();
    void options.goto(suite.extension('options.html')).catch(() => {});
    const input = (await options.waitForSelector('.import-glossary input[type=file]')) as ElementHandle<HTMLInputElement>;
    writeFileSync(join(files, 'two.tsv'), 'term\tpinyin\tenglish\n光量子\tguāng liàng zǐ\tphotonic quantum\n存算一体\tcún suàn yī tǐ\tcompute-in-memory <CIM>\n');
    await input.uploadFile(join(files, 'two.tsv'));
    await options.waitForSelector('.import-report');
    await options.click('.import-glossary button:not([disabled])');
    await options.waitForSelector('::-p-text(Imported: 2 new, 0 updated.)');
    expect(await permitted(options)).toBe(false);

    await sendAndWait(options, 'Sent to Anki (deck TermLens): 2 added, 0 updated.');
    expect(await permitted(options)).toBe(true);
    expect(new Set(requests)).toEqual(new Set(['POST moz-extension://c0ffee00-7e55-4a1e-9c0d-000000000001'])); // no preflight
    expect(anki.calls.map((c) => c.action)).toEqual(['requestPermission', 'modelNames', 'createModel', 'createDeck', 'findNotes', 'addNotes']);
    expect(anki.notes.map((n) => [n.deckName, n.fields.Term, n.fields.English, n.fields['TermLens id']]).sort()).toEqual([
      ['TermLens', '光量子', 'photonic quantum', ownTermId('光量子')],
      ['TermLens', '存算一体', 'compute-in-memory &lt;CIM&gt;', ownTermId('存算一体')],
    ]);

    anki.calls.length = 0;
    await sendAndWait(options, 'Sent to Anki (deck TermLens): 0 added, 2 updated.');
    expect(anki.calls.map((c) => c.action)).toEqual(['requestPermission', 'modelNames', 'createDeck', 'findNotes', 'notesInfo', 'multi']);
    expect(anki.notes).toHaveLength(2);
  });

  it('says Anki is not reachable when nothing listens on 127.0.0.1:8765', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sendAndWait(options, 'Anki is not reachable at 127.0.0.1:8765: start Anki with the AnkiConnect add-on installed, then try again.');
    expect(await options.$eval('.reader-data [role]', (el) => el.getAttribute('role'))).toBe('alert');
    expect(await status(options)).toContain('not reachable');
  });
});
