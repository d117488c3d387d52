import { describe, expect, it } from 'vitest';
import { mayAsk, senderKind } from '../lib/browser/sender';
import { withSenderAddress } from '../lib/add-draft';
import { parseRequest, type Request } from '../lib/messages';

const self = { id: 'termlens-id', origin: 'chrome-extension://termlens-id/' };
const page = (path: string) => `${self.origin}${path}`;

describe('which context sent a message (the browser’s sender, never the message)', () => {
  it('takes the side panel, the popup and the options page in a tab of its own as extension pages', () => {
    expect(senderKind({ id: self.id, url: page('sidepanel.html') }, self)).toBe('extension-page');
    expect(senderKind({ id: self.id, url: page('popup.html') }, self)).toBe('extension-page');
    expect(senderKind({ id: self.id, url: page('options.html'), frameId: 0, tab: { id: 4, url: page('options.html') } }, self)).toBe('extension-page');
    // Firefox may leave the tab's address out: the top frame of a tab showing our page is that page.
    expect(senderKind({ id: self.id, url: page('sidepanel.html#add'), frameId: 0, tab: { id: 4 } }, self)).toBe('extension-page');
  });

  it('takes a frame of a web page as a content script', () => {
    expect(senderKind({ id: self.id, url: 'https://news.example/a', frameId: 0, tab: { id: 7, url: 'https://news.example/a' } }, self)).toBe('content-script');
    expect(senderKind({ id: self.id, url: 'https://ads.example/frame', frameId: 12, tab: { id: 7 } }, self)).toBe('content-script');
    expect(senderKind({ id: self.id, frameId: 12, tab: { id: 7 } }, self)).toBe('content-script');
  });

  it('does NOT take a page of ours framed inside a web page as an extension page', () => {
    expect(senderKind({ id: self.id, url: page('sidepanel.html'), frameId: 3, tab: { id: 7, url: 'https://evil.example/' } }, self)).toBeUndefined();
    expect(senderKind({ id: self.id, url: page('sidepanel.html'), frameId: 3, tab: { id: 7 } }, self)).toBeUndefined();
  });

  it('does NOT take another extension, a sender without an address, or a web frame without a tab or frame', () => {
    expect(senderKind({ id: 'other-extension', url: page('sidepanel.html') }, self)).toBeUndefined();
    expect(senderKind({ id: self.id }, self)).toBeUndefined();
    expect(senderKind({ id: self.id, url: 'https://news.example/a' }, self)).toBeUndefined();
    expect(senderKind({ id: self.id, url: 'https://news.example/a', tab: { id: 7 } }, self)).toBeUndefined();
    // An origin that merely starts like ours is not ours.
    expect(senderKind({ id: self.id, url: 'chrome-extension://termlens-id.evil/x', frameId: 0, tab: { id: 7 } }, self)).toBe('content-script');
  });
});

describe('what each context may ask', () => {
  const contentMay: Request['type'][] = ['get-page-matcher', 'get-term-statuses', 'get-entry', 'open-entry', 'lookup-word', 'set-term-status', 'set-term-note', 'open-add-term'];
  const pagesOnly: Request['type'][] = ['reader-data-changed', 'take-hand-over', 'check-packs', 'add-pack-source', 'remove-pack-source'];

  it('lets a content script read, open cards and write with a card token, and NOTHING that rebuilds, hands over or subscribes', () => {
    for (const type of contentMay) expect(mayAsk('content-script', type), type).toBe(true);
    for (const type of pagesOnly) expect(mayAsk('content-script', type), type).toBe(false);
  });

  it('lets extension pages ask everything, and an unknown sender nothing', () => {
    for (const type of [...contentMay, ...pagesOnly]) {
      expect(mayAsk('extension-page', type)).toBe(true);
      expect(mayAsk(undefined, type)).toBe(false);
    }
  });
});

describe('status and note writes carry the card token as sent', () => {
  it('keeps a short token string and drops anything else', () => {
    expect(parseRequest({ type: 'set-term-status', id: 'gpu', status: 'known', token: '1700000000000.abc' })).toEqual({ type: 'set-term-status', id: 'gpu', status: 'known', token: '1700000000000.abc' });
    expect(parseRequest({ type: 'set-term-note', id: 'gpu', text: 'n', token: 'x'.repeat(61) })).toEqual({ type: 'set-term-note', id: 'gpu', text: 'n' });
    expect(parseRequest({ type: 'set-term-status', id: 'gpu', status: 'known', token: 42 })).toEqual({ type: 'set-term-status', id: 'gpu', status: 'known' });
  });
});

describe("an add form pushed by a content script holds the frame's own address", () => {
  it('replaces a claimed address with the sender’s, keeping the sentence and title', () => {
    const draft = { term: '智能体', met: { url: 'https://bank.example/account', title: 'T', sentence: '智能体来了。' } };
    expect(withSenderAddress(draft, 'https://news.example/a#x')).toEqual({ term: '智能体', met: { url: 'https://news.example/a', title: 'T', sentence: '智能体来了。' } });
  });

  it('drops the address where the sender has none worth keeping (file:, data:)', () => {
    expect(withSenderAddress({ term: '智能体', met: { url: 'https://bank.example/' } }, 'file:///home/me/a.html')).toEqual({ term: '智能体' });
    expect(withSenderAddress({ term: '智能体', met: { url: 'https://bank.example/', title: 'T' } }, undefined)).toEqual({ term: '智能体', met: { title: 'T' } });
  });
});
