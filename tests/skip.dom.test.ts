import { describe, expect, it } from 'vitest';
import { isCode, isInline, isSkippedElement } from '../lib/dom/skip';

const element = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('skip rules', () => {
  it('names code, pre, kbd and samp as code, in either case of the tag name', () => {
    for (const tag of ['code', 'pre', 'kbd', 'samp']) expect(isCode(element(`<${tag}>x</${tag}>`)), tag).toBe(true);
    for (const tag of ['p', 'span', 'var', 'tt']) expect(isCode(element(`<${tag}>x</${tag}>`)), tag).toBe(false);
    const xhtml = document.createElementNS('http://www.w3.org/1999/xhtml', 'code');
    expect(isCode(xhtml)).toBe(true);
  });

  it('reads text inside code, pre, kbd and samp: pre as a block, the others inline', () => {
    for (const tag of ['code', 'pre', 'kbd', 'samp']) expect(isSkippedElement(element(`<${tag}>大模型</${tag}>`)), tag).toBe(false);
    expect(isInline(element('<pre>大模型</pre>'))).toBe(false);
    for (const tag of ['code', 'kbd', 'samp']) expect(isInline(element(`<${tag}>x</${tag}>`)), tag).toBe(true);
    expect(isSkippedElement(element('<p>大模型</p>'))).toBe(false);
    expect(isSkippedElement(element('<em>大模型</em>'))).toBe(false);
  });
});
