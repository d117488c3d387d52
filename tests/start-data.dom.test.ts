import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLayout } from '../lib/matcher/compile';
import { layoutForMessage } from '../lib/matcher/layout';
import { matcherOf } from '../lib/matcher/matcher';
import { allTermIds, joinTermIds } from '../lib/matcher/term-ids';
import { PAGE_MATCHER_CACHE_KEY, readCachedStart, TERM_STATUSES_CACHE_KEY } from '../lib/browser/page-start-cache';
import { currentStatuses, startData } from '../entrypoints/content/start-data';

const reply = (forms: string[]) => ({
  ids: joinTermIds(forms.map((_, i) => `term-${i}`)),
  layout: layoutForMessage(buildLayout(forms.map((form, termIndex) => ({ form, termIndex, caseSensitive: false })))),
});
const cachedReply = reply(['万卡集群', '全模态大模型']);
const backgroundReply = reply(['智能体']);
const text = '全模态大模型靠万卡集群，智能体也来。';
const found = (table: { layout: Parameters<typeof matcherOf>[0] } | undefined) =>
  table ? matcherOf(table.layout).matchAll(text).map((m) => text.slice(m.start, m.end)) : undefined;

/** The background's side of the two start messages; returns the types asked, in order. */
function answerStartMessages(): string[] {
  const asked: string[] = [];
  // The fake browser answers through sendResponse only.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type: string }).type;
    asked.push(type);
    if (type === 'get-page-matcher') sendResponse(backgroundReply);
    else if (type === 'get-term-statuses') sendResponse({ known: ['term-0'], ignored: [] });
    else return undefined;
    return true;
  });
  return asked;
}

describe("a frame's start: the matcher and statuses from the start cache, else from the background", () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a valid cached matcher and statuses with NO message to the background', async () => {
    const asked = answerStartMessages();
    await fakeBrowser.storage.session.set({ [PAGE_MATCHER_CACHE_KEY]: JSON.stringify(cachedReply), [TERM_STATUSES_CACHE_KEY]: { known: [], ignored: ['term-1', 'Bad Id'] } });
    const { table, statuses } = await startData(readCachedStart);
    expect(found(table)).toEqual(['全模态大模型', '万卡集群']);
    expect(table && allTermIds(table.ids)).toEqual(['term-0', 'term-1']);
    expect(statuses).toEqual({ known: [], ignored: ['term-1'] });
    expect(asked).toEqual([]);
  });

  it('asks the background where the cache is empty (Firefox, or not written yet)', async () => {
    const asked = answerStartMessages();
    const { table, statuses } = await startData(readCachedStart);
    expect(found(table)).toEqual(['智能体']);
    expect(statuses).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked.sort()).toEqual(['get-page-matcher', 'get-term-statuses']);
  });

  it('does NOT use a malformed cached matcher: it is checked as a reply is, and the background asked instead', async () => {
    const asked = answerStartMessages();
    const shortArray = { ...cachedReply, layout: { ...cachedReply.layout, childChar: cachedReply.layout.childChar.slice(0, -4) } };
    // Too few ids for the layout's term indexes; the ids as an array (a copy of an earlier version); an empty id.
    const badIds = [{ ids: 'term-0', layout: cachedReply.layout }, { ...cachedReply, ids: ['term-0', 'term-1'] }, { ...cachedReply, ids: 'term-0\n\nterm-1' }];
    const badValues = [shortArray, ...badIds, 'not a matcher', 42].map((v) => JSON.stringify(v));
    // Text cut short, not JSON at all, and the matcher as an object rather than text.
    for (const bad of [...badValues, JSON.stringify(cachedReply).slice(0, -1), 'matcher', 42, cachedReply]) {
      asked.length = 0;
      await fakeBrowser.storage.session.set({ [PAGE_MATCHER_CACHE_KEY]: bad, [TERM_STATUSES_CACHE_KEY]: { known: [], ignored: [] } });
      const { table, statuses } = await startData(readCachedStart);
      expect(found(table)).toEqual(['智能体']);
      expect(statuses).toEqual({ known: [], ignored: [] });
      expect(asked).toEqual(['get-page-matcher']);
    }
  });

  it('asks for the statuses alone when only they are missing or malformed from the cache', async () => {
    const asked = answerStartMessages();
    await fakeBrowser.storage.session.set({ [PAGE_MATCHER_CACHE_KEY]: JSON.stringify(cachedReply), [TERM_STATUSES_CACHE_KEY]: { known: 'term-0' } });
    const { table, statuses } = await startData(readCachedStart);
    expect(found(table)).toEqual(['全模态大模型', '万卡集群']);
    expect(statuses).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked).toEqual(['get-term-statuses']);
  });

  it('gives no matcher and empty statuses, and does NOT throw, where the cache is malformed and the background cannot answer', async () => {
    await fakeBrowser.storage.session.set({ [PAGE_MATCHER_CACHE_KEY]: JSON.stringify({ ids: [], layout: null }) });
    await expect(startData(readCachedStart)).resolves.toEqual({ table: undefined, statuses: { known: [], ignored: [] } });
    await expect(startData(() => Promise.reject(new Error('storage.session is not open to content scripts')))).resolves.toEqual({ table: undefined, statuses: { known: [], ignored: [] } });
  });

  it('reads a status change from the cache without the matcher, and from the background where the cache has none', async () => {
    const asked = answerStartMessages();
    await fakeBrowser.storage.session.set({ [PAGE_MATCHER_CACHE_KEY]: JSON.stringify(cachedReply), [TERM_STATUSES_CACHE_KEY]: { known: ['term-1'], ignored: [] } });
    const read: string[][] = [];
    const statusesOnly = async () => {
      const cached = await readCachedStart(true);
      read.push(Object.keys(cached).filter((key) => cached[key as keyof typeof cached] !== undefined));
      return cached;
    };
    expect(await currentStatuses(statusesOnly)).toEqual({ known: ['term-1'], ignored: [] });
    expect(read).toEqual([['statuses']]);
    expect(asked).toEqual([]);
    await fakeBrowser.storage.session.remove(TERM_STATUSES_CACHE_KEY);
    expect(await currentStatuses(statusesOnly)).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked).toEqual(['get-term-statuses']);
  });
});
