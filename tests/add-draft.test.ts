import { describe, expect, it } from 'vitest';
import { metUrlOf, parseAddDraft, termOfSelection } from '../lib/add-draft';

describe('a term to add, as it crosses from a page', () => {
  it('keeps the term and where it was met, trimmed, with the address fragment dropped', () => {
    expect(parseAddDraft({ term: ' 类脑计算 ', met: { title: ' 新闻  标题 ', url: 'https://example.com/a?b=1#top', sentence: '新建的类脑计算中心。' } })).toEqual({
      term: '类脑计算',
      met: { title: '新闻 标题', url: 'https://example.com/a?b=1', sentence: '新建的类脑计算中心。' },
    });
  });

  it('refuses a draft with no term or a term over 40 characters, and anything not an object', () => {
    expect(parseAddDraft({ term: '   ' })).toBeUndefined();
    expect(parseAddDraft({ term: '字'.repeat(41) })).toBeUndefined();
    expect(parseAddDraft({ term: 42 })).toBeUndefined();
    expect(parseAddDraft('类脑计算')).toBeUndefined();
    expect(parseAddDraft(null)).toBeUndefined();
  });

  it('drops an address that is NOT http(s), and fields of the wrong type, keeping the term', () => {
    expect(parseAddDraft({ term: 'MoE', met: { url: 'javascript:alert(1)', title: 7, sentence: ['x'] } })).toEqual({ term: 'MoE' });
    expect(metUrlOf('data:text/html,<b>x</b>')).toBeUndefined();
    expect(metUrlOf('file:///etc/passwd')).toBeUndefined();
  });

  it('cuts a long title and sentence to their limits, and a very long address to its origin and path', () => {
    const draft = parseAddDraft({ term: 'MoE', met: { title: 'T'.repeat(400), sentence: '句'.repeat(300), url: `https://example.com/path?q=${'x'.repeat(3000)}` } })!;
    expect(draft.met!.title).toHaveLength(300);
    expect(draft.met!.sentence).toHaveLength(202);
    expect(draft.met!.url).toBe('https://example.com/path');
  });

  it('takes a selection as a term: spaces folded, cut to 40 characters, nothing for an empty one', () => {
    expect(termOfSelection('  mixture\n of   experts ')).toBe('mixture of experts');
    expect(termOfSelection('字'.repeat(50))).toBe('字'.repeat(40));
    expect(termOfSelection(' \n ')).toBeUndefined();
  });
});
