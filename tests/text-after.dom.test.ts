import { afterEach, describe, expect, it } from 'vitest';
import { textAfter } from '../lib/dom/text-after';

afterEach(() => {
  document.body.innerHTML = '';
});

function firstText(selector: string): Text {
  return document.querySelector(selector)!.firstChild as Text;
}

describe('the text after a point, for a dictionary lookup', () => {
  it('reads on through inline elements, and its range covers a word cut by them', () => {
    document.body.innerHTML = '<p id="p">我的<b>电</b>脑很<a href="#">快</a>。</p>';
    const found = textAfter(document, firstText('b'), 0, 20)!;
    expect(found.text).toBe('电脑很快。');
    expect(found.rangeOf(2).toString()).toBe('电脑');
    expect(found.rangeOf(4).toString()).toBe('电脑很快');
  });

  it('stops at a nested block or a line break, and caps the length', () => {
    document.body.innerHTML = '<div id="d">银行<br>卡</div><div id="e">银行<p>卡</p></div>';
    expect(textAfter(document, firstText('#d'), 0, 20)!.text).toBe('银行');
    expect(textAfter(document, firstText('#e'), 0, 20)!.text).toBe('银行');
    document.body.innerHTML = '<p>一二三四五六七八九十</p>';
    expect(textAfter(document, firstText('p'), 2, 4)!.text).toBe('三四五六');
  });

  it('leaves out a ruby reading', () => {
    document.body.innerHTML = '<p><ruby>银<rt>yín</rt></ruby>行</p>';
    expect(textAfter(document, firstText('ruby'), 0, 20)!.text).toBe('银行');
  });

  it('finds NOTHING where the point is not on a Han character, or inside a skipped element', () => {
    document.body.innerHTML = '<p>，银行 bank</p><textarea>银行</textarea>';
    expect(textAfter(document, firstText('p'), 0, 20)).toBeUndefined();
    expect(textAfter(document, firstText('p'), 4, 20)).toBeUndefined();
    expect(textAfter(document, firstText('textarea'), 0, 20)).toBeUndefined();
  });
});
