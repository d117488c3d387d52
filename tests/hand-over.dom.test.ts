import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOver, isExtensionPage, takeHandOver } from '../lib/browser/hand-over';
import { requestAddTerm, takeAddTermRequest } from '../lib/browser/add-term-request';
import { requestEntry, takeEntryRequest } from '../lib/browser/open-entry';
import { parseRequest } from '../lib/messages';

/** Far enough ahead that any hand-over left by a test is dropped. */
const LATER = () => Date.now() + 10 * 60_000;

afterEach(() => {
  takeHandOver('entry', 0, undefined, LATER());
  takeHandOver('add-term', 0, undefined, LATER());
});

describe('hand-over to the side panel', () => {
  it('keeps nothing in storage.session, where content scripts may read: the draft and its sentence stay in the background', async () => {
    requestAddTerm({ term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } });
    requestEntry({ id: 'wanka-cluster', form: '萬卡叢集' });
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(takeAddTermRequest()?.value).toEqual({ draft: { term: '万卡集群', met: { sentence: '建设万卡集群。', title: '新闻', url: 'https://news.example/a' } } });
    expect(takeEntryRequest()?.value).toEqual({ id: 'wanka-cluster', form: '萬卡叢集' });
  });

  it('gives a hand-over to the first page starting and to every page told of it, and to no page starting later', () => {
    handOver('entry', 'sora');
    const first = takeHandOver('entry', 15_000);
    expect(first?.value).toBe('sora');
    // A panel already open was told its number: it gets the same hand-over after the new panel took it.
    expect(takeHandOver('entry', 15_000, first!.seq)).toEqual(first);
    // A panel starting later asks without a number, and shows nothing old.
    expect(takeHandOver('entry', 15_000)).toBeUndefined();
    // Nor does a number of another hand-over get this one.
    expect(takeHandOver('entry', 15_000, first!.seq + 1)).toBeUndefined();
  });

  it('gives nothing older than its freshness, whoever asks', () => {
    handOver('entry', 'sora');
    expect(takeHandOver('entry', 15_000, undefined, Date.now() + 15_001)).toBeUndefined();
    handOver('entry', 'sora');
    const seq = takeHandOver('entry', 15_000)!.seq;
    expect(takeHandOver('entry', 15_000, seq, Date.now() + 15_001)).toBeUndefined();
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

  it('carries the spelling a card was opened on, dropping one that is empty, too long or holds control characters', () => {
    expect(parseRequest({ type: 'open-entry', id: 'nvidia', form: '輝達' })).toEqual({ type: 'open-entry', id: 'nvidia', form: '輝達' });
    expect(parseRequest({ type: 'open-entry', id: 'nvidia' })).toEqual({ type: 'open-entry', id: 'nvidia' });
    expect(parseRequest({ type: 'open-entry', id: 'nvidia', form: 'x'.repeat(41) })).toEqual({ type: 'open-entry', id: 'nvidia' });
    expect(parseRequest({ type: 'open-entry', id: 'nvidia', form: '輝\u202e達' })).toEqual({ type: 'open-entry', id: 'nvidia' });
    expect(parseRequest({ type: 'open-entry', id: 'Not An Id!', form: '輝達' })).toBeUndefined();
    handOver('entry', { id: 'nvidia', form: 7 });
    expect(takeEntryRequest()?.value).toEqual({ id: 'nvidia' });
  });

  it('accepts a take request only for a known kind', () => {
    expect(parseRequest({ type: 'take-hand-over', kind: 'add-term' })).toEqual({ type: 'take-hand-over', kind: 'add-term' });
    expect(parseRequest({ type: 'take-hand-over', kind: 'entry', seq: 3 })).toEqual({ type: 'take-hand-over', kind: 'entry', seq: 3 });
    expect(parseRequest({ type: 'take-hand-over', kind: 'settings' })).toBeUndefined();
    expect(parseRequest({ type: 'take-hand-over', kind: 'entry', seq: '3' })).toBeUndefined();
    expect(parseRequest({ type: 'take-hand-over', kind: 'entry', seq: -1 })).toBeUndefined();
  });
});
