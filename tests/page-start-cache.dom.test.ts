import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseGlossary } from '../lib/glossary/parse';
import { indexGlossary } from '../lib/glossary/lookup';
import { matcherOf } from '../lib/matcher/matcher';
import { allTermIds } from '../lib/matcher/term-ids';
import { parsePageMatcher, parseTermStatuses } from '../lib/messages';
import { saveOwnTerm } from '../lib/db/own-terms';
import { readerDb } from '../lib/browser/reader-db';
import { setUpReaderData } from '../lib/browser/reader-background';
import { MATCHER_REVISION_KEY, STATUS_REVISION_KEY } from '../lib/browser/reader-revision';
import { isStartCached, readCachedStart } from '../lib/browser/page-start-cache';

const bundled = indexGlossary(parseGlossary(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8'))));
const loadBundled = () => Promise.resolve(bundled);
const firstId = bundled.glossary.terms[0]!.id;

/** Resolves with what a frame would read from the cache at the moment `key` changes in storage.local (a revision). */
function cacheWhenAnnounced(key: string): Promise<Awaited<ReturnType<typeof readCachedStart>>> {
  return new Promise((resolve) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(key in changes)) return;
      fakeBrowser.storage.onChanged.removeListener(listener);
      resolve(readCachedStart());
    };
    fakeBrowser.storage.onChanged.addListener(listener);
  });
}

describe('the start cache the background keeps for frames', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await readerDb().delete();
    await readerDb().open();
  });

  it('holds the page matcher and the statuses once built, the same as the replies', async () => {
    const reader = setUpReaderData(loadBundled, Promise.resolve(true));
    expect(await isStartCached()).toBe(false);
    await reader.warmCache(isStartCached);
    const cached = await readCachedStart();
    expect(cached.matcher).toEqual(await reader.pageMatcher());
    expect(cached.statuses).toEqual({ known: [], ignored: [] });
    expect(allTermIds(parsePageMatcher(cached.matcher)!.ids)).toEqual(bundled.glossary.terms.map((t) => t.id));
  });

  it('writes NOTHING where content scripts cannot read the session area (Firefox)', async () => {
    const reader = setUpReaderData(loadBundled, Promise.resolve(false));
    await reader.warmCache(isStartCached);
    await reader.pageMatcher();
    await reader.termStatuses();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('holds a changed status by the time the status revision reaches open tabs', async () => {
    const reader = setUpReaderData(loadBundled, Promise.resolve(true));
    await reader.warmCache(isStartCached);
    const announced = cacheWhenAnnounced(STATUS_REVISION_KEY);
    await reader.setTermStatus(firstId, 'known');
    expect(parseTermStatuses((await announced).statuses)).toEqual({ known: [firstId], ignored: [] });
  });

  it('holds the rebuilt matcher with a new own term by the time the matcher revision reaches open tabs', async () => {
    const reader = setUpReaderData(loadBundled, Promise.resolve(true));
    await reader.warmCache(isStartCached);
    const own = await saveOwnTerm(readerDb(), { term: '星际算力网', definitionZh: '测试用的术语。' });
    const announced = cacheWhenAnnounced(MATCHER_REVISION_KEY);
    reader.changed();
    const table = parsePageMatcher((await announced).matcher);
    expect(table && allTermIds(table.ids)).toContain(own.id);
    const text = '都在谈星际算力网。';
    const hits = matcherOf(table!.layout).matchAll(text);
    expect(hits.map((m) => [text.slice(m.start, m.end), table!.ids.at(m.termIndex)])).toEqual([['星际算力网', own.id]]);
  });
});
