import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtml, demoArticle } from '../scripts/demo/article';

const ROOT = join(import.meta.dirname, '..');
const source = { title: '标题 <b>', publication: 'IT时报', author: '孙妍', date: '2024-12' };

describe('the demo article', () => {
  it('makes the first line the headline and each further non-blank line one paragraph', () => {
    const html = articleHtml('第一行\n\n第二行\r\n  第三行  \n', source);
    expect(html.match(/<p>[^<]*<\/p>/g)).toEqual(['<p>第二行</p>', '<p>第三行</p>']);
    expect(html).toContain('<h1>标题 &lt;b&gt;</h1>');
  });

  it('does NOT let the text make markup: angle brackets and ampersands are escaped', () => {
    const html = articleHtml('x\n<script>alert(1)</script> & co', source);
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>');
    expect(html).not.toContain('<script>');
  });

  it('shows seed s001 with every one of its non-blank lines after the first', () => {
    const seed = readFileSync(join(ROOT, 'seeds', '001_0f22a70624397e0f.txt'), 'utf8');
    const lines = seed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    const html = demoArticle(ROOT);
    expect(html).toContain('<h1>首个全自研 “国家队Sora”问世</h1>');
    expect(html.match(/<p>/g)).toHaveLength(lines.length - 1);
  });
});
