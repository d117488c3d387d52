/**
 * Least trust in Firefox: a message sent from TermLens's content-script sandbox in a page (code run
 * there by `tabs.executeScript` from an extension page: what a compromised renderer can send) is
 * refused where it asks more than a card may, and the reader's database is unchanged. The driver
 * cannot reach a content script's sandbox, so the test installs a copy of the build that may also
 * script the fixture server's pages (a host permission; nothing else differs).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { markedTexts, ROOT, until } from './harness';
import { FIREFOX_BUILD, firefoxEvaluateIsolated, firefoxExtensionPage, firefoxSuite, requireFirefoxBuild } from './firefox-harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; term: string }[] };
const idOf = (term: string) => glossary.terms.find((t) => t.term === term)!.id;

/** The Firefox build with a host permission for the fixture server, so an extension page can run code in its content-script sandbox. */
function buildThatMayScriptFixtures(): string {
  requireFirefoxBuild();
  const copy = join(mkdtempSync(join(tmpdir(), 'termlens-ff-')), 'firefox-mv2');
  cpSync(FIREFOX_BUILD, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions.push('http://127.0.0.1/*');
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

const suite = firefoxSuite({}, { build: buildThatMayScriptFixtures });

afterEach(async () => {
  for (const page of await suite.browser().pages()) if (page.url() !== 'about:blank') await page.close();
});

type ExtensionScope = { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; executeScript(id: number, d: object): Promise<unknown[]> }; runtime: { sendMessage(m: object): Promise<unknown> } } };

/** Sends `message` from the content-script sandbox of the tab showing `url`; its reply, or `{ refused }`. */
async function sendFromContentScript(url: string, message: object): Promise<unknown> {
  const options = await firefoxExtensionPage(suite.browser(), 'options.html');
  try {
    return await options.evaluate(
      async (pageUrl, sent) => {
        const api = (globalThis as unknown as ExtensionScope).browser;
        // Tab addresses need the "tabs" permission TermLens lacks: each tab's script checks its own.
        const code = `location.href === ${JSON.stringify(pageUrl)} ? browser.runtime.sendMessage(${JSON.stringify(sent)}).then((reply) => ({ reply: reply === undefined ? 'none' : reply }), (error) => ({ refused: String(error) })) : null`;
        const answers: unknown[] = [];
        for (const tab of await api.tabs.query({})) {
          const [answer] = await api.tabs.executeScript(tab.id, { code }).catch((): unknown[] => [null]); // pages it may not script
          if (answer !== null) answers.push(answer);
        }
        return answers.length === 1 ? answers[0] : { answers };
      },
      url,
      message,
    );
  } finally {
    await options.close();
  }
}

async function statuses(): Promise<{ known: string[]; ignored: string[] }> {
  const options = await firefoxExtensionPage(suite.browser(), 'options.html');
  try {
    const read = (await options.evaluate(() => (globalThis as unknown as ExtensionScope).browser.runtime.sendMessage({ type: 'get-term-statuses' }))) as { known: string[]; ignored: string[] };
    return { known: [...read.known].sort(), ignored: [...read.ignored].sort() };
  } finally {
    await options.close();
  }
}

const marked = (page: Page) => until(() => markedTexts({ evaluate: (fn) => firefoxEvaluateIsolated(suite.browser(), page, fn) }), (m) => m.length >= 10);

describe('a content script that asks more than a card may (Firefox)', () => {
  it('is refused a status write for a term NOT on the page and without a card token; the database is unchanged', async () => {
    const page = await suite.open('simplified.html');
    await marked(page);
    const before = await statuses();
    const absent = idOf('光刻机');
    expect(await sendFromContentScript(page.url(), { type: 'set-term-status', id: absent, status: 'ignored' })).toEqual({ reply: false });
    expect(await sendFromContentScript(page.url(), { type: 'set-term-note', id: absent, text: 'planted' })).toEqual({ reply: false });
    expect(await statuses()).toEqual(before);
    expect(before.ignored).not.toContain(absent);
  });

  it("takes a card's token only for its own term: a token for 可灵 does NOT write 光刻机, and does write 可灵", async () => {
    const page = await suite.open('simplified.html');
    await marked(page);
    const kling = idOf('可灵');
    const absent = idOf('光刻机');
    const opened = (await sendFromContentScript(page.url(), { type: 'get-entry', id: kling })) as { reply: { cardToken?: string } };
    const token = opened.reply.cardToken;
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(await sendFromContentScript(page.url(), { type: 'set-term-status', id: absent, status: 'ignored', token })).toEqual({ reply: false });
    expect((await statuses()).ignored).not.toContain(absent);
    expect(await sendFromContentScript(page.url(), { type: 'set-term-status', id: kling, status: 'known', token })).toEqual({ reply: true });
    expect((await statuses()).known).toContain(kling);
  });

  it('gets NO answer to a rebuild, a hand-over or a pack check', async () => {
    const page = await suite.open('simplified.html');
    await marked(page);
    for (const message of [{ type: 'reader-data-changed' }, { type: 'take-hand-over', kind: 'add-term' }, { type: 'check-packs' }]) {
      const answer = (await sendFromContentScript(page.url(), message)) as { reply?: unknown; refused?: string };
      // No listener answers: Firefox resolves with nothing or rejects, never a reply.
      expect(answer.reply === 'none' || typeof answer.refused === 'string', `${message.type}: ${JSON.stringify(answer)}`).toBe(true);
    }
  });
});
