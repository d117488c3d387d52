import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HAND_OVER_SHARE_MS, handOver, isExtensionPage, takeHandOver } from '../lib/browser/hand-over';
import { requestAddTerm, takeAddTermRequest } from '../lib/browser/add-term-request';
import { requestEntry, takeEntryRequest } from '../lib/browser/open-entry';
import { parseRequest } from '../lib/messages';

/** Far enough ahead that any hand-over left by a test is dropped. */
const LATER = () => Date.now() + 10 * 60_000;

afterEach(() => {
  takeHandOver('entry', 0, LATER());
  takeHandOver('add-term', 0, LATER());
});

describe('hand-over to the side panel', () => {
  it('keeps nothing in storage.session, where content scripts may read: the draft and its sentence stay in the background', async () => {
    requestAddTerm({ term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } });
    requestEntry('wanka-cluster');
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(takeAddTermRequest()?.value).toEqual({ draft: { term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } } });
    expect(takeEntryRequest()?.value).toBe('wanka-cluster');
  });

  it('gives a hand-over to every page that asks within a moment of the first, then to none, and nothing older than its freshness', () => {
    const now = Date.now();
    handOver('entry', 'sora');
    const first = takeHandOver('entry', 15_000, now);
    expect(first?.value).toBe('sora');
    // A panel already open and the one just opened ask at about the same time: both get the same hand-over.
    expect(takeHandOver('entry', 15_000, now + HAND_OVER_SHARE_MS)).toEqual(first);
    // A panel opened later does not get it again.
    expect(takeHandOver('entry', 15_000, now + HAND_OVER_SHARE_MS + 1)).toBeUndefined();
    handOver('entry', 'sora');
    expect(takeHandOver('entry', 15_000, Date.now() + 15_001)).toBeUndefined();
  });

  it('numbers each hand-over, so a page shows each one once', () => {
    handOver('entry', 'sora');
    const a = takeHandOver('entry', 15_000)!;
    handOver('entry', 'sora');
    const b = takeHandOver('entry', 15_000)!;
    expect(b.seq).toBe(a.seq + 1);
  });

  it('hands an empty add form over as { draft: null }, and a malformed draft as nothing', () => {
    requestAddTerm(undefined);
    expect(takeAddTermRequest()?.value).toEqual({ draft: null });
    handOver('add-term', { draft: { term: '' } });
    expect(takeAddTermRequest()).toBeUndefined();
    handOver('entry', 'Not An Id!');
    expect(takeEntryRequest()).toBeUndefined();
  });

  it('lets only our own pages take one: a content script (a page address) is refused', () => {
    const id = fakeBrowser.runtime.id;
    expect(isExtensionPage({ id, url: fakeBrowser.runtime.getURL('/sidepanel.html') })).toBe(true);
    expect(isExtensionPage({ id, url: 'https://news.example/a' })).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: fakeBrowser.runtime.getURL('/sidepanel.html') })).toBe(false);
    expect(isExtensionPage({ id })).toBe(false);
  });

  it('accepts a take request only for a known kind', () => {
    expect(parseRequest({ type: 'take-hand-over', kind: 'add-term' })).toEqual({ type: 'take-hand-over', kind: 'add-term' });
    expect(parseRequest({ type: 'take-hand-over', kind: 'settings' })).toBeUndefined();
  });
});
