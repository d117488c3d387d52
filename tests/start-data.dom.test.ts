import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLayout } from '../lib/matcher/compile';
import { layoutForMessage } from '../lib/matcher/layout';
import { matcherOf } from '../lib/matcher/matcher';
import { joinTermIds } from '../lib/matcher/term-ids';
import { currentStatuses, startData } from '../entrypoints/content/start-data';

const reply = (forms: string[]) => ({
  ids: joinTermIds(forms.map((_, i) => `term-${i}`)),
  layout: layoutForMessage(buildLayout(forms.map((form, termIndex) => ({ form, termIndex, caseSensitive: false })))),
});
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

describe("a frame's start: the matcher and statuses from the background (storage.session is closed to content scripts)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the background for both and marks with its matcher', async () => {
    const asked = answerStartMessages();
    const { table, statuses } = await startData();
    expect(found(table)).toEqual(['智能体']);
    expect(statuses).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked.sort()).toEqual(['get-page-matcher', 'get-term-statuses']);
  });

  it('does NOT read storage.session even where an old copy of the matcher is left there', async () => {
    const asked = answerStartMessages();
    await fakeBrowser.storage.session.set({ pageMatcherCache: JSON.stringify(reply(['万卡集群'])), termStatusesCache: { known: [], ignored: ['term-0'] } });
    const { table, statuses } = await startData();
    expect(found(table)).toEqual(['智能体']);
    expect(statuses).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked.sort()).toEqual(['get-page-matcher', 'get-term-statuses']);
  });

  it('gives no matcher and empty statuses, and does NOT throw, where the background cannot answer', async () => {
    await expect(startData()).resolves.toEqual({ table: undefined, statuses: { known: [], ignored: [] } });
  });

  it('asks only for the statuses when a status changed', async () => {
    const asked = answerStartMessages();
    expect(await currentStatuses()).toEqual({ known: ['term-0'], ignored: [] });
    expect(asked).toEqual(['get-term-statuses']);
  });
});
