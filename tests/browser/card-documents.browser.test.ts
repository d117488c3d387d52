/** Cards on documents that are not HTML (XHTML, RSS, plain XML), in Chromium: nothing thrown into the page. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, extensionSuite, ROOT, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;

const DOCUMENTS: Record<string, [type: string, body: string]> = {
  '/page.xhtml': [
    'application/xhtml+xml',
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hans"><head><title>XHTML</title></head><body style="font: 18px sans-serif; margin: 40px"><p id="p">据报道，天数天算计划正在推进。</p></body></html>',
  ],
  '/feed.rss': [
    'application/rss+xml',
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>天数天算</title><item><title>天数天算计划正在推进</title></item></channel></rss>',
  ],
  '/data.xml': ['text/xml', '<?xml version="1.0" encoding="utf-8"?><doc><t>天数天算计划正在推进</t></doc>'],
};

const suite = extensionSuite();
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const doc = DOCUMENTS[req.url ?? ''];
    if (!doc) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${doc[0]}; charset=utf-8` }).end(doc[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe('documents that are not HTML', () => {
  it('shows the card on an XHTML page', async () => {
    const page = await suite.context().newPage();
    const errors = errorsOf(page);
    await page.goto(`${base}/page.xhtml`);
    const box = await until(
      () =>
        page.evaluate(() => {
          const text = document.getElementById('p')?.firstChild as Text | null;
          if (!text || !CSS.highlights.get('termlens-underline')?.size) return undefined;
          const range = document.createRange();
          range.setStart(text, text.data.indexOf('天数天算') + 1);
          range.setEnd(text, text.data.indexOf('天数天算') + 2);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      (b) => !!b,
    );
    await page.mouse.move(box!.x, box!.y);
    expect(await until(() => cardText(page), (t) => !!t)).toContain(definitionOf('天数天算'));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const file of ['/feed.rss', '/data.xml']) {
    it(`throws NOTHING into ${file} when the pointer moves over it`, async () => {
      const page = await suite.context().newPage();
      const errors = errorsOf(page);
      await page.goto(`${base}${file}`);
      for (let i = 0; i < 5; i++) await page.mouse.move(20 + i * 30, 20 + i * 10, { steps: 3 });
      await page.mouse.click(30, 30);
      // Sync point: the page answers a script after every event above was handled.
      expect(await page.evaluate(() => document.documentElement.nodeName.length > 0)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
