import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlockTextCollector } from '../lib/dom/block-text';
import { BLOCK, classify, MAY_HOST_SHADOW, SKIP } from '../lib/dom/skip';
import { readDirectRuns, type Collect, type RunText } from '../lib/dom/text-runs';

/** A random page: elements of every kind the walk tells apart, text, comments and open shadow roots. */
interface Spec {
  tag: string;
  attrs: [string, string][];
  shadow: Spec[] | null;
  children: (Spec | string)[];
}

const TAGS = ['p', 'div', 'section', 'span', 'b', 'a', 'br', 'img', 'ruby', 'rt', 'script', 'textarea', 'news-card', 'li', 'em'];
const TEXTS = ['全模态', '大模型', '  ', '\n', 'MaaS', '可灵', '', '文生视频'];
const ATTRS: [string, string][][] = [
  [], [], [], [], [['class', 'x']], [['hidden', '']], [['hidden', 'until-found']], [['contenteditable', 'true']], [['contenteditable', 'FALSE']],
  [['contenteditable', '']], [['data-termlens-ui', '']],
];

const specArb = fc.letrec<{ node: Spec; child: Spec | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.constantFrom(...ATTRS),
    shadow: fc.option(fc.array(tie('node'), { maxLength: 2 }), { freq: 6 }),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }) as fc.Arbitrary<Spec>,
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...TEXTS), fc.constant('<!--c-->'), tie('node')),
}));

function build(parent: Node, children: (Spec | string)[]): void {
  for (const child of children) {
    if (typeof child === 'string') {
      parent.appendChild(child === '<!--c-->' ? document.createComment('c') : document.createTextNode(child));
      continue;
    }
    const el = document.createElement(child.tag);
    for (const [name, value] of child.attrs) el.setAttribute(name, value);
    parent.appendChild(el);
    // Only elements that accept a shadow root get one (as on a real page).
    if (child.shadow && ['div', 'p', 'section', 'span', 'news-card'].includes(child.tag)) build(el.attachShadow({ mode: 'open' }), child.shadow);
    build(el, child.children);
  }
}

const describeRun = (run: RunText) => `${describePath(run.container)}#${run.index}:${run.text}`;

function drain(collect: Collect<RunText>, budget: number): string[] {
  const runs: string[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    const r = collect(budget);
    for (const run of r.runs) runs.push(describeRun(run));
    if (r.done) return runs.sort();
  }
  throw new Error('collector never finished');
}

/** A container's path from the document, so runs compare by where they are, not by object. */
function describePath(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n && n !== document; ) {
    const parent: Node | null = n.parentNode ?? (n as ShadowRoot).host ?? null;
    const index = n.parentNode ? Array.prototype.indexOf.call(n.parentNode.childNodes, n) : 'shadow';
    parts.push(`${n.nodeName}[${index}]`);
    n = parent;
  }
  return parts.reverse().join('/');
}

/**
 * The reference, written plainly: every container under `root` (the root, each block not inside a
 * skipped element, each open shadow root of such a host), each read on its own as painting and
 * hover read it.
 */
function referenceRuns(root: Node, roots: ShadowRoot[]): string[] {
  const runs: string[] = readDirectRuns(root).map(describeRun);
  const visit = (parent: Node) => {
    for (let el = (parent as ParentNode).firstElementChild; el; el = el.nextElementSibling) {
      const kind = classify(el);
      if (kind === SKIP) continue;
      if ((kind & BLOCK) !== 0) runs.push(...readDirectRuns(el).map(describeRun));
      const shadow = (kind & MAY_HOST_SHADOW) !== 0 ? el.shadowRoot : null;
      if (shadow) {
        roots.push(shadow);
        runs.push(...readDirectRuns(shadow).map(describeRun));
        visit(shadow);
      }
      visit(el);
    }
  };
  visit(root);
  return runs.sort();
}

describe('block-text collector', () => {
  it('gives exactly the runs each container reads on its own (as painting and hover read them), with the same indexes, whatever the budget (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(specArb.child, { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (children, budget) => {
        document.body.replaceChildren();
        build(document.body, children);
        const roots: ShadowRoot[] = [];
        const rootsFast: ShadowRoot[] = [];
        const reference = referenceRuns(document.body, roots);
        const fast = drain(createBlockTextCollector(document.body, { onShadowRoot: (r) => rootsFast.push(r) }).collect, budget);
        expect(fast).toEqual(reference);
        expect(new Set(rootsFast)).toEqual(new Set(roots));
      }),
      { seed: 42, numRuns: 1500 },
    );
  }, 60_000);

  it('reads a paragraph of inline elements as one run, and a block with a <br>, a <ruby> reading or a nested block node by node', () => {
    document.body.innerHTML =
      '<section><p>全<b>模</b><a href="#">态</a></p><p>一<br>二</p><p>天数<ruby>天<rt>tiān</rt></ruby>算</p><div>前<p>中</p>后</div></section>';
    const { runs, done } = createBlockTextCollector(document.body).collect(Infinity);
    expect(done).toBe(true);
    // In any order: a block read node by node comes after the plain paragraphs met meanwhile.
    expect(runs.map((r) => `${(r.container as Element).tagName}#${r.index}:${r.text}`).sort()).toEqual([
      'DIV#0:前',
      'DIV#1:后',
      'P#0:一',
      'P#0:中',
      'P#0:全模态',
      'P#0:天数天算',
      'P#1:二',
    ]);
  });

  it('reads a paragraph holding an inline shadow host node by node: the host ends a run, and its root is read', () => {
    document.body.innerHTML = '<p>前<span id="s"></span>后</p><p>另<span>一</span>段</p>';
    const shadow = document.getElementById('s')!.attachShadow({ mode: 'open' });
    shadow.append('行内的全模态');
    const roots: ShadowRoot[] = [];
    const { runs } = createBlockTextCollector(document.body, { onShadowRoot: (r) => roots.push(r) }).collect(Infinity);
    expect(runs.map((r) => `${r.index}:${r.text}`).sort()).toEqual(['0:前', '0:另一段', '0:行内的全模态', '1:后']);
    expect(roots).toEqual([shadow]);
  });

  it('reports a walk the page pulled away', () => {
    document.body.innerHTML = '<div><p>一<b>二</b>三</p><p>四</p><p>五</p><p>六</p></div>';
    const collector = createBlockTextCollector(document.body);
    const first = collector.collect(4); // <div>, <p>, <b>, then leaving the <p> gives its run
    expect(first.runs.map((r) => r.text)).toEqual(['一二三']);
    document.body.firstElementChild!.remove();
    expect(collector.collect(100)).toEqual({ runs: [], done: false, lost: true });
  });
});
