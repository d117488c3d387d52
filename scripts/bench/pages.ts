/**
 * Benchmark pages generated from the seed articles: news-site markup (navigation, story cards,
 * headings, paragraphs with links and emphasis that cut through words, related-story lists) holding
 * a given amount of Chinese text. Deterministic: the same size always gives the same page.
 */

/** mulberry32: a tiny seeded generator, so every run measures the same page. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A paragraph with a few inline elements cutting through it at random places. */
function inlineMarkup(text: string, random: () => number): string {
  const cuts = Math.floor(random() * 3);
  const points = Array.from({ length: cuts * 2 }, () => Math.floor(random() * text.length)).sort((a, b) => a - b);
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (from < at || to <= from) continue;
    const tag = ['a href="#s"', 'strong', 'em', 'span class="hl"'][Math.floor(random() * 4)]!;
    out += escapeHtml(text.slice(at, from)) + `<${tag}>${escapeHtml(text.slice(from, to))}</${tag.split(' ')[0]}>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}

/** Paragraphs of the seeds: their non-empty lines. */
export function seedParagraphs(seedTexts: readonly string[]): string[] {
  return seedTexts.flatMap((t) => t.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0));
}

/** An HTML page holding about `textBytes` bytes (UTF-8) of the seeds' text. */
export function generatePage(seedTexts: readonly string[], textBytes: number): { html: string; textBytes: number; elements: number } {
  const paragraphs = seedParagraphs(seedTexts);
  const random = seededRandom(textBytes);
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)]!;
  const parts: string[] = [];
  let bytes = 0;
  let elements = 0;
  const add = (html: string, text: string, elementCount: number) => {
    parts.push(html);
    bytes += utf8Bytes(text);
    elements += elementCount;
  };
  parts.push(
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>科技新闻</title>',
    '<style>body{font:16px/1.7 sans-serif;margin:0}.layout{display:flex;gap:24px;max-width:1100px;margin:auto}',
    'main{flex:3}aside{flex:1;font-size:14px}.story{border-bottom:1px solid #ddd;padding:12px 0}.hl{color:#b00}</style></head><body>',
    '<header class="site"><nav><ul>',
  );
  for (const item of ['首页', '科技', '人工智能', '大模型', '算力', '商业航天', '政策']) add(`<li><a href="#n">${item}</a></li>`, item, 2);
  parts.push('</ul></nav></header><div class="layout"><main><div class="feed">');
  let story = 0;
  while (bytes < textBytes) {
    story++;
    const title = pick().slice(0, 28);
    add(`<article class="story"><header><h2><a href="#a${story}">${escapeHtml(title)}</a></h2>`, title, 4);
    const meta = `记者 ${story} 号 · 2024-10-${String((story % 28) + 1).padStart(2, '0')}`;
    add(`<div class="meta"><span class="author">${meta}</span></div></header><div class="body">`, meta, 3);
    const sections = 1 + Math.floor(random() * 3);
    for (let s = 0; s < sections && bytes < textBytes; s++) {
      parts.push('<section>');
      elements++;
      const count = 2 + Math.floor(random() * 5);
      for (let p = 0; p < count && bytes < textBytes; p++) {
        const text = pick();
        const html = inlineMarkup(text, random);
        add(`<p>${html}</p>`, text, 1 + (html.match(/<[a-z]/g)?.length ?? 0));
      }
      if (random() < 0.3) {
        parts.push('<ul class="points">');
        for (let i = 0; i < 3; i++) {
          const text = pick().slice(0, 40);
          add(`<li>${inlineMarkup(text, random)}</li>`, text, 1);
        }
        parts.push('</ul>');
      }
      parts.push('</section>');
    }
    parts.push('</div>');
    if (random() < 0.4) {
      parts.push('<aside class="related"><h3>相关阅读</h3><ul>');
      for (let i = 0; i < 3; i++) {
        const text = pick().slice(0, 24);
        add(`<li><a href="#r">${escapeHtml(text)}</a></li>`, text, 2);
      }
      parts.push('</ul></aside>');
    }
    parts.push('</article>');
  }
  parts.push('</div></main><aside class="rail"><h3>热门</h3><ol>');
  for (let i = 0; i < 10; i++) {
    const text = pick().slice(0, 20);
    add(`<li><a href="#h">${escapeHtml(text)}</a></li>`, text, 2);
  }
  parts.push('</ol></aside></div><footer>© 科技新闻</footer></body></html>');
  return { html: parts.join(''), textBytes: bytes, elements };
}

/**
 * A synthetic glossary of `count` forms: random 2–6-character strings over the characters the
 * seeds use, so nearly every character of the page starts a trie path (the first-character filter
 * no longer helps) — the worst case for the scanner, not the typical one.
 */
export function syntheticForms(seedTexts: readonly string[], count: number): string[] {
  const chars = [...new Set([...seedTexts.join('')].filter((c) => /\p{Script=Han}/u.test(c)))];
  const random = seededRandom(count);
  const forms = new Set<string>();
  while (forms.size < count) {
    const length = 2 + Math.floor(random() * 5);
    let form = '';
    for (let i = 0; i < length; i++) form += chars[Math.floor(random() * chars.length)];
    forms.add(form);
  }
  return [...forms];
}

/** Many small elements: `rows` rows of two elements each, every row holding 全模态 once. */
export function manyRowsPage(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<div class="row"><span>${i}</span> 号样本讨论全模态与其他话题</div>`).join('');
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${rows} 行</title></head><body>${body}</body></html>`;
}

/**
 * A page that never stops changing: one new paragraph holding 天数天算 every 10 ms, `ticks` in all;
 * sets `window.tickerDone` after the last.
 */
export function tickerPage(ticks: number): string {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>快讯</title></head><body>
<div id="feed"></div>
<script>
  let n = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.textContent = '快讯 ' + n + '：天数天算试验推进';
    document.getElementById('feed').prepend(p);
    if (++n === ${ticks}) { clearInterval(timer); window.tickerDone = true; }
  }, 10);
</script></body></html>`;
}
