import { describe, expect, it } from 'vitest';
import { firstTextPoint } from '../lib/dom/boundary-text';

function page(html: string): void {
  document.body.innerHTML = html;
}

const pointText = (range: Range) => {
  const p = firstTextPoint(document, range);
  return p && p.node.data.slice(p.offset);
};

describe('firstTextPoint', () => {
  it('reads a triple-clicked paragraph from its first character: (p, 0) to (next p, 0)', () => {
    page('<p id="a">\n  智能体正在改变软件</p><p id="b">下一段</p>');
    const range = document.createRange();
    range.setStart(document.getElementById('a')!, 0);
    range.setEnd(document.getElementById('b')!, 0);
    expect(pointText(range)).toBe('智能体正在改变软件');
  });

  it('reads a selected title whose first child is an element, skipping an empty span', () => {
    page('<h1 id="t"><span></span><em> 大语言模型</em>推理</h1>');
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('t')!);
    expect(pointText(range)).toBe('大语言模型');
  });

  it('keeps a drag that starts inside a text node where it starts', () => {
    page('<p id="a">我们用大语言模型</p>');
    const text = document.getElementById('a')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 3);
    range.setEnd(text, 6);
    expect(pointText(range)).toBe('大语言模型');
  });

  it('finds nothing in a selection of only whitespace and images', () => {
    page('<p id="a">  <img alt=""> </p><p>后面的字</p>');
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('a')!);
    expect(firstTextPoint(document, range)).toBeUndefined();
  });

  it('reads the text after a caret that sits between two elements', () => {
    page('<div id="d"><b></b><i>向量数据库</i></div>');
    const range = document.createRange();
    range.setStart(document.getElementById('d')!, 1);
    expect(pointText(range)).toBe('向量数据库');
  });
});
