import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOver, isExtensionPage, takeHandOver } from '../lib/browser/hand-over';
import { requestAddTerm, takeAddTermRequest } from '../lib/browser/add-term-request';
import { requestEntry, takeEntryRequest } from '../lib/browser/open-entry';
import { parseRequest } from '../lib/messages';

afterEach(() => {
  takeHandOver('entry', Infinity);
  takeHandOver('add-term', Infinity);
});

describe('hand-over to the side panel', () => {
  it('keeps nothing in storage.session, where content scripts may read: the draft and its sentence stay in the background', async () => {
    requestAddTerm({ term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } });
    requestEntry('wanka-cluster');
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(takeAddTermRequest()).toEqual({ draft: { term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } } });
    expect(takeEntryRequest()).toBe('wanka-cluster');
  });

  it('gives each hand-over once, and nothing older than its freshness', () => {
    handOver('entry', 'sora');
    expect(takeHandOver('entry', 15_000)).toBe('sora');
    expect(takeHandOver('entry', 15_000)).toBeUndefined();
    handOver('entry', 'sora');
    expect(takeHandOver('entry', 15_000, Date.now() + 15_001)).toBeUndefined();
  });

  it('hands an empty add form over as { draft: null }, and a malformed draft as nothing', () => {
    requestAddTerm(undefined);
    expect(takeAddTermRequest()).toEqual({ draft: null });
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
