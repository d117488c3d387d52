/** The built Firefox extension in Firefox ESR: CC-CEDICT lookups of words the glossary does not mark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxCardText, firefoxSuite } from './firefox-harness';
import { ROOT, settledMarks, until } from './harness';

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { term: string; definition: { zh: string } }[] };
const definitionOf = (term: string) => glossary.terms.find((t) => t.term === term)!.definition.zh;

const suite = firefoxSuite();

function select(page: Page, id: string, word: string): Promise<void> {
  return page.evaluate(
    (id, word) => {
      const text = document.getElementById(id)!.firstChild as Text;
      const at = text.data.indexOf(word);
      getSelection()!.setBaseAndExtent(text, at, text, at + word.length);
    },
    id,
    word,
  );
}

async function altL(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.press('KeyL');
  await page.keyboard.up('Alt');
}

const opened = (page: Page) => until(() => firefoxCardText(suite.browser(), page), (t) => !!t);

describe('Firefox ESR: dictionary lookups (CC-CEDICT)', () => {
  it('declares the menus permission the context menu needs', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', 'firefox-mv2', 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('menus');
  });

  it('Alt+L on a selected ordinary word shows its dictionary card with the exact gloss', async () => {
    const page = await suite.open('dictionary.html');
    expect(await settledMarks(page, 1)).toEqual(['万卡集群']);
    await select(page, 'zh', '电脑');
    await altL(page);
    const text = await opened(page);
    expect(text).toContain('×电脑電腦diàn nǎocomputermeasure word: 台 táiAdd to my glossary电電diàn');
    expect(text!.endsWith('CC-CEDICT')).toBe(true);
    await page.close();
  });

  it('a glossary term at the same place still shows the glossary card, NOT the dictionary', async () => {
    const page = await suite.open('dictionary.html');
    expect(await settledMarks(page, 1)).toEqual(['万卡集群']);
    await select(page, 'zh', '万卡集群');
    await altL(page);
    const text = await opened(page);
    expect(text).toContain(definitionOf('万卡集群'));
    expect(text).not.toContain('CC-CEDICT');
    await page.close();
  });
});
