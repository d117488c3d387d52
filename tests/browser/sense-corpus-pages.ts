/**
 * Pages of sense-corpus items for the browser tests: a fixed sample of the labelled corpus, a few
 * items a page, each item one paragraph. What the built extension marks on them must be exactly what
 * `npm run eval:sense` computes for the same blocks (scripts/eval-sense/page-marks.ts): the
 * evaluation measures what readers see.
 */
import { readCorpus, type CorpusItem } from '../../scripts/eval-sense/corpus';
import { pageMarker } from '../../scripts/eval-sense/page-marks';

/** Every SAMPLE_EVERY-th item in id order: a spread over domains and scripts. */
const SAMPLE_EVERY = 10;
/** About this many items a page. */
const ITEMS_PER_PAGE = 11;

export interface CorpusPage {
  file: string;
  html: string;
  items: CorpusItem[];
  /** The marked strings the page matcher gives for these blocks, in document order. */
  expected: string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function senseCorpusPages(): CorpusPage[] {
  const sample = readCorpus()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((_, i) => i % SAMPLE_EVERY === 0);
  const marker = pageMarker();
  const pages: CorpusPage[] = [];
  // Dealt out like cards, so that each page holds items of every part of the id order (everyday
  // domains first, tech last) and so has marks to wait for.
  const pageCount = Math.max(1, Math.floor(sample.length / ITEMS_PER_PAGE));
  for (let k = 0; k < pageCount; k++) {
    const items = sample.filter((_, i) => i % pageCount === k);
    // One paragraph a line of an item; the page's blocks are the items' lines, in order.
    const blocks = items.flatMap((item) => item.text.split('\n'));
    const text = blocks.join('\n');
    const expected = marker.marksOf(text).map((m) => text.slice(m.start, m.end));
    const file = `sense-corpus-${pages.length + 1}.html`;
    const html = `<!doctype html><html lang="zh"><meta charset="utf-8"><title>Sense corpus ${pages.length + 1}</title>
<style>p { margin: 0; font: 14px/18px sans-serif }</style><body>
${blocks.map((b) => `<p>${escape(b)}</p>`).join('\n')}
</body></html>`;
    pages.push({ file, html, items, expected });
  }
  return pages;
}
