import { describe, expect, it } from 'vitest';
import { parseDictionaryReply, parseRequest, parseTabRequest } from '../lib/messages';

describe('dictionary messages', () => {
  it('accepts a lookup of 1 to 20 characters', () => {
    expect(parseRequest({ type: 'lookup-word', text: '银行' })).toEqual({ type: 'lookup-word', text: '银行' });
    expect(parseRequest({ type: 'lookup-word', text: '一'.repeat(20) })).toEqual({ type: 'lookup-word', text: '一'.repeat(20) });
  });

  it('refuses a lookup that is empty, too long, or not text', () => {
    expect(parseRequest({ type: 'lookup-word', text: '' })).toBeUndefined();
    expect(parseRequest({ type: 'lookup-word', text: '一'.repeat(21) })).toBeUndefined();
    expect(parseRequest({ type: 'lookup-word', text: ['银行'] })).toBeUndefined();
    expect(parseRequest({ type: 'lookup-word' })).toBeUndefined();
  });

  it('knows the context menu\'s request to a frame', () => {
    expect(parseTabRequest({ type: 'lookup-selection', extra: '<b>' })).toEqual({ type: 'lookup-selection' });
  });

  it('knows "Add to TermLens"\'s request, asked of one frame or of the focused one only', () => {
    expect(parseTabRequest({ type: 'capture-selection' })).toEqual({ type: 'capture-selection' });
    expect(parseTabRequest({ type: 'capture-selection', focusedFrame: true })).toEqual({ type: 'capture-selection', focusedFrame: true });
    expect(parseTabRequest({ type: 'capture-selection', focusedFrame: 'yes' })).toEqual({ type: 'capture-selection' });
  });

  it('keeps only well-formed entries of a reply, and none of anything else', () => {
    const good = { word: '银行', simplified: '银行', traditional: '銀行', pinyin: 'yín háng', senses: ['bank'] };
    expect(parseDictionaryReply({ entries: [good, { ...good, senses: 'bank' }, null] })).toEqual([good]);
    expect(parseDictionaryReply(undefined)).toEqual([]);
    expect(parseDictionaryReply({ entries: 'x' })).toEqual([]);
  });
});
