/**
 * The attacker's page of the mark-privacy tests (Chromium and Firefox): thousands of candidate
 * words — bundled forms, strings that might be a reader's own terms, random words — and what a
 * page script can read of TermLens's marks: the highlight registry with every range's text and
 * place, every ::highlight style TermLens could use, the document's and adopted style sheets, and
 * the elements TermLens put under <html>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

interface GlossaryTerm {
  id: string;
  forms: string[];
}

const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: GlossaryTerm[] };

/** The reader's own terms in the tests: strings that hold no bundled form and are in no bundled form. */
export const OWN_TERMS = ['甄璃纹', '箬笙枢', '翊琮阵'] as const;

/** The id of the bundled term a form belongs to. */
export const bundledIdOf = (form: string): string | undefined => glossary.terms.find((t) => t.forms.includes(form))?.id;

/** A seeded generator (mulberry32): the same page on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every CJK form of the bundled glossary, and how many candidates of each kind the page holds. */
export function attackerPage(): { html: string; candidates: number } {
  const next = random(31);
  const cjk = () => String.fromCharCode(0x4e00 + Math.floor(next() * 0x51a0));
  const forms = [...new Set(glossary.terms.flatMap((t) => t.forms))].filter((f) => /^[\u4e00-\u9fff]{2,}$/.test(f)).slice(0, 2000);
  // Strings a page might try as someone's own terms, the real ones among them.
  const ownCandidates = Array.from({ length: 500 }, () => cjk() + cjk() + cjk());
  ownCandidates.splice(137, 0, OWN_TERMS[0]);
  ownCandidates.splice(311, 0, OWN_TERMS[1]);
  ownCandidates.splice(402, 0, OWN_TERMS[2]);
  const randomWords = Array.from({ length: 2000 }, () => cjk() + cjk() + (next() < 0.5 ? cjk() : ''));
  const words = [...forms, ...ownCandidates, ...randomWords];
  const paragraphs: string[] = [];
  // The first screen: the reader's own terms beside bundled ones, so both are painted at once.
  paragraphs.push(`<p id="top">今年${OWN_TERMS[0]}公司都在谈大模型，${OWN_TERMS[1]}和${OWN_TERMS[2]}也在谈万卡集群与MaaS。</p>`);
  for (let i = 0; i < words.length; i += 40) paragraphs.push(`<p>${words.slice(i, i + 40).join('，')}。</p>`);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>candidates</title></head><body>${paragraphs.join('\n')}</body></html>`;
  return { html, candidates: words.length };
}

export interface Observation {
  /** Each registered name with the text and place (paragraph, offset) of each range, sorted. */
  registry: [string, string[]][];
  /** Every TermLens highlight name's computed style on the first paragraphs. */
  styles: string[];
  adoptedSheets: string[];
  documentSheets: string[];
  /** The elements under <html> besides head and body: tag, attributes, open shadow root or not. */
  htmlChildren: string[];
}

/** What a page script reads; run in the page's own world (a function source for either driver). */
export function observe(): Observation {
  const paragraphs = [...document.querySelectorAll('p')];
  const placeOf = (node: Node) => paragraphs.indexOf(node.parentElement as HTMLParagraphElement);
  const registry: [string, string[]][] = [];
  CSS.highlights.forEach((highlight, name) => {
    const ranges: string[] = [];
    highlight.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(`${range.toString()}@${placeOf(r.startContainer)}:${r.startOffset}`);
    });
    registry.push([`${name} priority ${highlight.priority} type ${highlight.type}`, ranges.sort()]);
  });
  registry.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const names = ['termlens-underline', 'termlens-underline-light', 'termlens-background', 'termlens-background-light', 'termlens-flash', 'termlens-own'];
  const styles: string[] = [];
  for (const p of paragraphs.slice(0, 4)) {
    for (const name of names) {
      const s = getComputedStyle(p, `::highlight(${name})`);
      styles.push(`${name}: ${s.textDecoration} | ${s.textDecorationThickness} | ${s.backgroundColor} | ${s.color}`);
    }
  }
  const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n');
  const adoptedSheets = document.adoptedStyleSheets.map(rules);
  const documentSheets = [...document.styleSheets].map(rules);
  const htmlChildren = [...document.documentElement.children]
    .filter((el) => el !== document.head && el !== document.body)
    .map((el) => `${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')} shadow:${el.shadowRoot ? 'open' : 'none'}`);
  return { registry, styles, adoptedSheets, documentSheets, htmlChildren };
}
