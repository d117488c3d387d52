/**
 * What one box costs in a flat block of 200,000 nodes (the hostile shape of sparse-block.ts): a
 * range over a mark's 256 children against a range over one character, at three places, layout
 * clean; then each with the block's layout changed before every call. Mean of 10 calls, ms.
 * `npx tsx scripts/bench/experiments/sparse-rects.ts`. Not part of CI.
 */
import { launchChromium } from '../setup';

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setContent('<p id=p></p>');
  // A string, not a function: the page gets it as written (no helper names of the bundler).
  const figures = await page.evaluate(`(() => {
    const p = document.getElementById('p');
    const part = document.createDocumentFragment();
    for (let i = 0; i < 200000; i++) {
      if (i % 2) { const b = document.createElement('b'); b.textContent = '大模型'; part.append(b); }
      else part.append(document.createTextNode('数据中心的算力'));
    }
    p.append(part);
    document.body.offsetHeight;
    const range = document.createRange();
    const kids = p.childNodes;
    const time = (f) => { const t = performance.now(); for (let k = 0; k < 10; k++) f(); return +((performance.now() - t) / 10).toFixed(3); };
    const span = (at) => { range.setStart(p, 0); range.setEnd(kids[at + 256], 0); range.setStart(kids[at], 0); range.getBoundingClientRect(); };
    const one = (at) => { range.setStart(kids[at], 0); range.setEnd(kids[at], 1); range.getBoundingClientRect(); };
    const dirty = () => { p.style.paddingLeft = p.style.paddingLeft ? '' : '1px'; };
    const out = {};
    span(0); // the first call lays the block out
    for (const at of [1000, 100000, 190000]) {
      out['256 children at ' + at] = time(() => span(at));
      out['one character at ' + at] = time(() => one(at));
    }
    out['256 children, layout changed first'] = time(() => { dirty(); span(100000); });
    out['one character, layout changed first'] = time(() => { dirty(); one(100000); });
    return out;
  })()`);
  console.log(figures);
} finally {
  await browser.close();
}
