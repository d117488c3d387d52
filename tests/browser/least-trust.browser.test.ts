/**
 * Least trust in Chromium: messages sent from TermLens's own content-script world in a page (what a
 * compromised renderer can send) are refused where they ask more than a card may, and the reader's
 * database is unchanged. The world is reached through CDP, as the test driver can and a page cannot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { extensionSuite, markedTexts, ROOT, until } from './harness';
import { privateTexts } from './private-marks';
import { ownTermId, ownTermOf } from '../../lib/db/own-terms';
import { shardOf } from '../../lib/db/shard-of';
import { SIMPLIFIED_MARKS } from './expected';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; term: string }[] };
const idOf = (term: string) => glossary.terms.find((t) => t.term === term)!.id;

const suite = extensionSuite();

afterEach(async () => {
  for (const page of suite.context().pages()) await page.close();
});

/** Evaluates `expression` (awaited) in TermLens's content-script world of the page's top frame. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const world = await until(
    async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')),
    (c) => c !== undefined,
  );
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world!.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) return { thrown: exceptionDetails.exception?.description ?? exceptionDetails.text };
  return result.value;
}

/** A message from the content-script world; its reply, or `{ refused: … }` when the background gave none. */
const sendFromContentScript = (page: Page, message: object) =>
  inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => ({ reply }), (error) => ({ refused: String(error) }))`);

/** The statuses in the reader's database, read by the options page (an extension page may ask). */
async function statuses(): Promise<{ known: string[]; ignored: string[] }> {
  const page = await suite.context().newPage();
  await page.goto(suite.extension('options.html'));
  const read = (await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'get-term-statuses' }))) as { known: string[]; ignored: string[] };
  await page.close();
  return { known: [...read.known].sort(), ignored: [...read.ignored].sort() };
}

describe('a content script that asks more than a card may (Chromium)', () => {
  it('is refused a status or note write for a term NOT on the page and without a card token; the database is unchanged', async () => {
    const page = await suite.open('simplified.html');
    await until(() => markedTexts(page), (m) => m.length >= 10);
    const before = await statuses();
    const absent = idOf('光刻机');
    const forged = await sendFromContentScript(page, { type: 'set-term-status', id: absent, status: 'ignored' });
    expect(forged).toEqual({ reply: false });
    const forgedToken = await sendFromContentScript(page, { type: 'set-term-status', id: absent, status: 'known', token: `${Date.now()}.${'A'.repeat(43)}` });
    expect(forgedToken).toEqual({ reply: false });
    expect(await sendFromContentScript(page, { type: 'set-term-note', id: absent, text: 'planted' })).toEqual({ reply: false });
    expect(await statuses()).toEqual(before);
    expect(before.ignored).not.toContain(absent);
  });

  it("takes a card's token only for its own term: a token for 可灵 does NOT write 光刻机, and does write 可灵", async () => {
    const page = await suite.open('simplified.html');
    await until(() => markedTexts(page), (m) => m.length >= 10);
    const kling = idOf('可灵');
    const absent = idOf('光刻机');
    const opened = (await sendFromContentScript(page, { type: 'get-entry', id: kling })) as { reply: { cardToken?: string; term: { id: string } } };
    expect(opened.reply.term.id).toBe(kling);
    const token = opened.reply.cardToken;
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(await sendFromContentScript(page, { type: 'set-term-status', id: absent, status: 'ignored', token })).toEqual({ reply: false });
    expect((await statuses()).ignored).not.toContain(absent);
    expect(await sendFromContentScript(page, { type: 'set-term-status', id: kling, status: 'known', token })).toEqual({ reply: true });
    expect((await statuses()).known).toContain(kling);
    expect(await sendFromContentScript(page, { type: 'set-term-status', id: kling, status: 'new', token })).toEqual({ reply: true });
  });

  it('gets NO answer to a rebuild, a hand-over or a pack check, and cannot read or write storage.session', async () => {
    const page = await suite.open('simplified.html');
    await until(() => markedTexts(page), (m) => m.length >= 10);
    for (const message of [{ type: 'reader-data-changed' }, { type: 'take-hand-over', kind: 'add-term' }, { type: 'check-packs' }]) {
      const answer = (await sendFromContentScript(page, message)) as { reply?: unknown; refused?: string };
      expect(answer.reply, message.type).toBeUndefined();
    }
    const session = await inContentScript(
      page,
      `(async () => { try { await chrome.storage.session.set({ pageMatcherCache: 'x' }); return 'written'; } catch (e) { return 'refused'; } })()`,
    );
    expect(session).toBe('refused');
  });
});

describe('own-term records no input should have left (Chromium)', () => {
  it('marks the bundled terms and the other own terms when damaged records were written straight into the database', async () => {
    const good = ownTermOf({ term: '类脑计算', english: 'brain-inspired computing' }, 1);
    const damaged = [
      { ...ownTermOf({ term: '坏编号' }, 1), id: 'own-NOT AN ID' },
      { ...ownTermOf({ term: '坏写法' }, 1), forms: 'not a list' },
      { ...ownTermOf({ term: '太多写法' }, 1), forms: Array.from({ length: 5000 }, (_, i) => `写法${i}`) },
      { ...ownTermOf({ term: '长写法' }, 1), forms: ['长'.repeat(100_000)] },
      { ...ownTermOf({ term: '空写法' }, 1), forms: [''] },
    ];
    const records = [good, ...damaged].map((record) => ({ shard: shardOf(record.id), record }));
    const options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));
    await options.evaluate(async (rows) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('termlens');
        open.onsuccess = () => {
          const tx = open.result.transaction('ownTermShards', 'readwrite');
          const store = tx.objectStore('ownTermShards');
          for (const { shard, record } of rows) {
            const get = store.get(shard);
            get.onsuccess = () => {
              const kept = (get.result as { shard: number; terms: Record<string, unknown> } | undefined) ?? { shard, terms: {} };
              kept.terms[(record as { id: string }).id] = record;
              store.put(kept);
            };
          }
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
      await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'reader-data-changed' });
    }, records);
    const own = await suite.open('own-terms.html');
    expect(await until(() => privateTexts(own), (m) => m.length >= 1)).toEqual(['类脑计算']);
    const bundled = await suite.open('simplified.html');
    expect(await until(() => markedTexts(bundled), (m) => m.length >= SIMPLIFIED_MARKS.length)).toEqual(SIMPLIFIED_MARKS);
    expect(ownTermId('类脑计算')).toBe(good.id);
  });
});
