import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseGlossary } from '../lib/glossary/parse';
import { indexGlossary } from '../lib/glossary/lookup';
import { allTermIds } from '../lib/matcher/term-ids';
import { matcherOf } from '../lib/matcher/matcher';
import { parsePageMatcher } from '../lib/messages';
import { saveOwnTerm } from '../lib/db/own-terms';
import { readerDb } from '../lib/browser/reader-db';
import { setUpReaderData } from '../lib/browser/reader-background';
import { MATCHER_REVISION_KEY } from '../lib/browser/reader-revision';
import { watchDomainSwitches } from '../lib/browser/domain-switch';
import { saveSettings } from '../lib/browser/settings-store';
import { DEFAULT_SETTINGS } from '../lib/settings';

const bundled = indexGlossary(parseGlossary(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8'))));
const loadBundled = () => Promise.resolve(bundled);
const idsOf = (category: string) => bundled.glossary.terms.filter((t) => t.category === category).map((t) => t.id);

/** Resolves once the background announces a rebuilt matcher to every frame. */
const announced = () =>
  new Promise<void>((resolve) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(MATCHER_REVISION_KEY in changes)) return;
      fakeBrowser.storage.onChanged.removeListener(listener);
      resolve();
    };
    fakeBrowser.storage.onChanged.addListener(listener);
  });

describe('switching a domain off in the options', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await readerDb().delete();
    await readerDb().open();
  });

  it('rebuilds the page matcher without that domain\'s terms and announces it to open tabs; own terms stay', async () => {
    const reader = setUpReaderData(loadBundled);
    const stop = watchDomainSwitches(() => reader.changed());
    const before = allTermIds(parsePageMatcher(await reader.pageMatcher())!.ids);
    expect(before).toEqual(expect.arrayContaining(idsOf('chips')));
    const own = await saveOwnTerm(readerDb(), { term: '光刻胶涂布', definitionZh: '测试用的术语。', tags: ['chips'] });

    const rebuilt = announced();
    await saveSettings({ ...DEFAULT_SETTINGS, offDomains: ['chips'] });
    await rebuilt;
    const table = parsePageMatcher(await reader.pageMatcher())!;
    const after = allTermIds(table.ids);
    expect(after.filter((id) => idsOf('chips').includes(id))).toEqual([]);
    expect(after).toEqual(expect.arrayContaining([own.id, ...idsOf('ev')]));
    const text = '英伟达的光刻胶涂布';
    expect(matcherOf(table.layout).matchAll(text).map((m) => [text.slice(m.start, m.end), table.ids.at(m.termIndex)])).toEqual([['光刻胶涂布', own.id]]);

    const back = announced();
    await saveSettings({ ...DEFAULT_SETTINGS, offDomains: [] });
    await back;
    expect(allTermIds(parsePageMatcher(await reader.pageMatcher())!.ids)).toEqual([own.id, ...before]);
    stop();
  });

  it('does NOT rebuild for a setting other than the domains', async () => {
    let rebuilds = 0;
    const stop = watchDomainSwitches(() => rebuilds++);
    await saveSettings({ ...DEFAULT_SETTINGS, firstOnly: true });
    await saveSettings({ ...DEFAULT_SETTINGS, firstOnly: true, offDomains: ['ev'] });
    await saveSettings({ ...DEFAULT_SETTINGS, firstOnly: false, offDomains: ['ev'] });
    expect(rebuilds).toBe(1);
    stop();
  });
});
