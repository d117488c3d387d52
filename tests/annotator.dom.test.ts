import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator, rangeOfHit, type Annotator, type Hit } from '../lib/dom/annotator';
import { createBlockTextCollector } from '../lib/dom/block-text';
import { createOwnRunReader } from '../lib/dom/text-runs';
import type { VisibilityFactory } from '../lib/dom/visibility';
import { compileMatcher, type Matcher } from '../lib/matcher/compile';

const FORMS = ['全模态大模型', '全模态', '天数天算', 'MaaS', '可灵'];
const matcher = compileMatcher(
  FORMS.map((form, termIndex) => ({ form, termIndex, caseSensitive: true, exclude: form === '可灵' ? ['可灵活'] : undefined })),
);

/** happy-dom has no StaticRange; the annotator only needs its four fields. */
beforeAll(() => {
  if (typeof globalThis.StaticRange !== 'function') {
    globalThis.StaticRange = class {
      startContainer: Node;
      startOffset: number;
      endContainer: Node;
      endOffset: number;
      collapsed = false;
      constructor(init: StaticRangeInit) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
      }
    } as unknown as typeof StaticRange;
  }
});

/** A visibility the test drives: which blocks are "near the viewport" is whatever the test says. */
function manualVisibility() {
  const watched = new Set<Element>();
  let notify: (el: Element, near: boolean) => void = () => {};
  const factory: VisibilityFactory = (onChange) => {
    notify = onChange;
    return { observe: (el) => watched.add(el), unobserve: (el) => watched.delete(el), disconnect: () => watched.clear() };
  };
  return { factory, watched, set: (el: Element, near: boolean) => notify(el, near) };
}

function textOf(r: StaticRange): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

let queue: (() => void)[];
let painted: Set<StaticRange>;
let visibility: ReturnType<typeof manualVisibility>;
let annotator: Annotator;

const drain = () => {
  for (let fn = queue.shift(); fn; fn = queue.shift()) fn();
};
/** MutationObserver callbacks are microtasks: let them run, then the slices they scheduled. */
const settle = async () => {
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  drain();
};
/**
 * The viewport reports an anchor near or far. What came near is painted as far as one slice's
 * clock allows (a busy machine may leave some for the next slices), so the queued slices run too.
 */
const setNear = (anchor: Element, near: boolean) => {
  visibility.set(anchor, near);
  drain();
};
const countsByForm = () => Object.fromEntries([...annotator.counts()].map(([i, n]) => [FORMS[i], n]));
const paintedTexts = () => [...painted].map(textOf).sort();

function build(html: string, firstOnly = false, using: Matcher = matcher, before?: () => void): void {
  // Test fixture markup, written by the test itself.
  document.body.innerHTML = html;
  before?.();
  queue = [];
  painted = new Set();
  visibility = manualVisibility();
  annotator = createAnnotator({
    doc: document,
    matcher: using,
    highlight: painted as unknown as Highlight,
    schedule: (fn) => queue.push(fn),
    visibility: visibility.factory,
    firstOnly,
  });
  annotator.start();
  drain();
}

afterEach(() => annotator?.stop());

describe('annotator', () => {
  beforeEach(() =>
    build(
      '<p id="a"><b>全模</b>态大模型与天数天算</p>' +
        '<p id="b">MaaS 平台，可灵活部署；可灵上线</p>' +
        '<textarea>全模态</textarea><div contenteditable="true">天数天算</div><p hidden>MaaS</p>' +
        '<script>var x = "可灵";</script><termlens-card>全模态</termlens-card>' +
        '<div id="c">外层全模态<p id="d">内层天数天算</p>尾部MaaS</div>',
    ),
  );

  it('counts every term on the page across inline elements, and none in skipped elements', () => {
    expect(countsByForm()).toEqual({ 全模态大模型: 1, 天数天算: 2, MaaS: 2, 可灵: 1, 全模态: 1 });
  });

  it('paints only the blocks said to be near the viewport, and unpaints them when they leave', () => {
    expect(painted.size).toBe(0);
    // #d is watched through its parent #c, which groups it with #c's own text.
    expect([...visibility.watched].map((el) => el.id).sort()).toEqual(['a', 'b', 'c']);
    setNear(document.getElementById('a')!, true);
    expect(paintedTexts()).toEqual(['全模态大模型', '天数天算']);
    setNear(document.getElementById('c')!, true);
    expect(paintedTexts()).toEqual(['MaaS', '全模态', '全模态大模型', '天数天算', '天数天算']);
    setNear(document.getElementById('a')!, false);
    expect(paintedTexts()).toEqual(['MaaS', '全模态', '天数天算']);
  });

  it('follows text changes, added blocks and removed blocks', async () => {
    const b = document.getElementById('b')!;
    setNear(b, true);
    (b.firstChild as Text).data = '可灵与可灵';
    await settle();
    expect(countsByForm().可灵).toBe(2);
    expect(paintedTexts()).toEqual(['可灵', '可灵']);
    const added = document.createElement('section');
    added.append('新增全模态大模型');
    document.body.append(added);
    await settle();
    expect(countsByForm().全模态大模型).toBe(2);
    document.getElementById('a')!.remove();
    b.remove();
    await settle();
    expect(countsByForm()).toEqual({ 全模态大模型: 1, 天数天算: 1, MaaS: 1, 全模态: 1 });
    expect(painted.size).toBe(0);
  });

  it('finds the match under a caret position, and nothing between matches', () => {
    const text = document.querySelector('#a b')!.nextSibling as Text; // "态大模型与天数天算"
    const hit = annotator.annotationAt(text, 1);
    expect(hit && { start: hit.start, end: hit.end, term: FORMS[hit.termIndex] }).toEqual({ start: 0, end: 6, term: '全模态大模型' });
    expect(annotator.annotationAt(text, 4)).toBeUndefined(); // 与
    expect(FORMS[annotator.annotationAt(text, 6)!.termIndex]).toBe('天数天算');
  });

  it('walks matches in document order, forward and backward, and wraps around', () => {
    const rendered = Element.prototype.getClientRects;
    Element.prototype.getClientRects = function () {
      return (this as Element).closest('[hidden]') ? ([] as unknown as DOMRectList) : ([{}] as unknown as DOMRectList);
    };
    try {
      const order: string[] = [];
      let from: { node: Node; offset: number } | undefined;
      for (let i = 0; i < 8; i++) {
        const range = rangeOfHit(document, annotator.adjacent(from, true)!);
        order.push(range.toString());
        from = { node: range.endContainer, offset: range.endOffset };
      }
      expect(order).toEqual(['全模态大模型', '天数天算', 'MaaS', '可灵', '全模态', '天数天算', 'MaaS', '全模态大模型']);
      expect(rangeOfHit(document, annotator.adjacent(undefined, false) as Hit).toString()).toBe('MaaS');
    } finally {
      Element.prototype.getClientRects = rendered;
    }
  });

  it('stops cleanly: every painted range leaves the highlight', () => {
    setNear(document.getElementById('a')!, true);
    expect(painted.size).toBe(2);
    annotator.stop();
    expect(painted.size).toBe(0);
  });
});

describe('own terms and known terms', () => {
  it('paints own terms into the private sink only, known ones into the light sinks, and takes all out on stop', () => {
    document.body.innerHTML = '<p id="a">全模态大模型与天数天算，MaaS 与可灵</p>';
    queue = [];
    painted = new Set();
    visibility = manualVisibility();
    const own = new Set<StaticRange>();
    const ownLight = new Set<StaticRange>();
    const light = new Set<StaticRange>();
    const isForm = (...forms: string[]) => (term: number) => forms.includes(FORMS[term]!);
    annotator = createAnnotator({
      doc: document,
      matcher,
      highlight: painted as unknown as Highlight,
      light: { highlight: light as unknown as Highlight, terms: new Set([FORMS.indexOf('天数天算'), FORMS.indexOf('可灵')]) },
      own: { isOwn: isForm('MaaS', '可灵'), sink: own as unknown as Highlight, lightSink: ownLight as unknown as Highlight },
      schedule: (fn) => queue.push(fn),
      visibility: visibility.factory,
    });
    annotator.start();
    drain();
    setNear(document.getElementById('a')!, true);
    const texts = (set: Set<StaticRange>) => [...set].map(textOf);
    expect([texts(painted), texts(light), texts(own), texts(ownLight)]).toEqual([['全模态大模型'], ['天数天算'], ['MaaS'], ['可灵']]);
    annotator.stop();
    expect([painted.size, light.size, own.size, ownLight.size]).toEqual([0, 0, 0, 0]);
  });
});

/** Painted matches as "id of the text's block:text", sorted. */
const paintedWhere = () => [...painted].map((r) => `${(r.startContainer.parentNode as Element).id}:${textOf(r)}`).sort();
const watchAll = () => [...visibility.watched].forEach((el) => setNear(el, true));

describe('blocks found again by their place under a watched anchor', () => {
  it('keeps marks on the right paragraphs when a paragraph is inserted before them', async () => {
    build('<section id="s"><p id="p1">天数天算</p><p id="p2">MaaS</p></section>');
    expect([...visibility.watched].map((el) => el.id)).toEqual(['s']);
    const p0 = Object.assign(document.createElement('p'), { id: 'p0', textContent: '可灵上线' });
    document.getElementById('s')!.prepend(p0);
    await settle();
    watchAll();
    expect(paintedWhere()).toEqual(['p0:可灵', 'p1:天数天算', 'p2:MaaS']);
    expect(countsByForm()).toEqual({ 可灵: 1, 天数天算: 1, MaaS: 1 });
    expect(FORMS[annotator.annotationAt(document.getElementById('p2')!.firstChild!, 1)!.termIndex]).toBe('MaaS');
  });

  it('follows blocks two levels down when their parent or a sibling of it moves', async () => {
    build('<div id="g"><div id="c1"><p id="q1">天数天算</p></div><div id="c2"><p id="q2">MaaS</p></div></div>');
    expect([...visibility.watched].map((el) => el.id)).toEqual(['g']);
    const c0 = document.createElement('div');
    c0.innerHTML = '<p id="q0">全模态大模型</p>';
    document.getElementById('g')!.prepend(c0);
    document.getElementById('c2')!.prepend(Object.assign(document.createElement('p'), { id: 'q3', textContent: '可灵' }));
    await settle();
    watchAll();
    expect(paintedWhere()).toEqual(['q0:全模态大模型', 'q1:天数天算', 'q2:MaaS', 'q3:可灵']);
    document.getElementById('c1')!.remove();
    await settle();
    expect(paintedWhere()).toEqual(['q0:全模态大模型', 'q2:MaaS', 'q3:可灵']);
    expect(countsByForm()).toEqual({ 全模态大模型: 1, MaaS: 1, 可灵: 1 });
    expect(FORMS[annotator.annotationAt(document.getElementById('q2')!.firstChild!, 0)!.termIndex]).toBe('MaaS');
  });

  it('follows paragraphs a framework reorders, replaces and removes within one anchor', async () => {
    build('<ol id="list"><li id="a">天数天算</li><li id="b">MaaS</li><li id="c">可灵</li></ol>');
    const list = document.getElementById('list')!;
    list.insertBefore(document.getElementById('c')!, document.getElementById('a')); // c a b
    document.getElementById('b')!.replaceWith(Object.assign(document.createElement('li'), { id: 'd', textContent: '全模态大模型' })); // c a d
    await settle();
    watchAll();
    expect(paintedWhere()).toEqual(['a:天数天算', 'c:可灵', 'd:全模态大模型']);
    expect(countsByForm()).toEqual({ 天数天算: 1, 可灵: 1, 全模态大模型: 1 });
    document.getElementById('a')!.remove();
    await settle();
    expect(paintedWhere()).toEqual(['c:可灵', 'd:全模态大模型']);
    expect(FORMS[annotator.annotationAt(document.getElementById('d')!.firstChild!, 2)!.termIndex]).toBe('全模态大模型');
  });

  it('reads only the anchor\'s own text when a clock replaces its text node', async () => {
    let scans = 0;
    const counting: Matcher = { ...matcher, find: (...args) => (scans++, matcher.find(...args)) };
    build('<section id="s">12:00<p id="a">天数天算</p><p id="b">MaaS</p></section>', false, counting);
    const section = document.getElementById('s')!;
    scans = 0;
    section.replaceChild(document.createTextNode('12:01 可灵'), section.firstChild!);
    await settle();
    expect(scans).toBe(1); // the section's own text; its paragraphs keep their places
    watchAll();
    expect(paintedWhere()).toEqual(['a:天数天算', 'b:MaaS', 's:可灵']);
  });

  it('reads only the new item when a feed grows, before and after it passes the fan-out', async () => {
    let scans = 0;
    const counting: Matcher = { ...matcher, find: (...args) => (scans++, matcher.find(...args)) };
    build('<main><ul id="feed"></ul></main>', false, counting);
    const feed = document.getElementById('feed')!;
    const scansPerItem: number[] = [];
    for (let i = 0; i < 40; i++) {
      scans = 0;
      feed.append(Object.assign(document.createElement('li'), { id: `i${i}`, textContent: `第${i}条：天数天算` }));
      await settle();
      scansPerItem.push(scans);
    }
    // Appending shifts no place: the first 16 items stay counted under <main>, the rest watch themselves.
    expect(scansPerItem).toEqual(Array(40).fill(1));
    expect(visibility.watched.size).toBe(1 + 24);
    expect(countsByForm()).toEqual({ 天数天算: 40 });
    // Prepending shifts every place under <main>: its items are read again, once; then each watches itself.
    const prependScans: number[] = [];
    for (const id of ['top1', 'top2']) {
      scans = 0;
      feed.prepend(Object.assign(document.createElement('li'), { id, textContent: '置顶：可灵' }));
      await settle();
      prependScans.push(scans);
    }
    expect(prependScans).toEqual([42, 1]);
    expect(countsByForm()).toEqual({ 天数天算: 40, 可灵: 2 });
    watchAll();
    expect(paintedWhere()).toEqual([...Array.from({ length: 40 }, (_, i) => `i${i}:天数天算`), 'top1:可灵', 'top2:可灵'].sort());
  });
});

describe('keyboard order through open shadow trees', () => {
  it('steps into a component\'s shadow tree right after its host, both ways, and wraps around', () => {
    build('<p id="p1">MaaS 平台</p><news-card id="host"><p id="light">卡片下的可灵</p></news-card><p id="p2">全模态大模型</p>', false, matcher, () => {
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.append(Object.assign(document.createElement('p'), { id: 'inner', textContent: '影子里的天数天算' }), document.createElement('slot'));
    });
    expect(countsByForm()).toEqual({ MaaS: 1, 天数天算: 1, 可灵: 1, 全模态大模型: 1 });
    const rendered = Element.prototype.getClientRects;
    Element.prototype.getClientRects = () => [{}] as unknown as DOMRectList;
    try {
      const walk = (forward: boolean) => {
        const order: string[] = [];
        let from: { node: Node; offset: number } | undefined;
        for (let i = 0; i < 5; i++) {
          const range = rangeOfHit(document, annotator.adjacent(from, forward)!);
          order.push(range.toString());
          from = forward ? { node: range.endContainer, offset: range.endOffset } : { node: range.startContainer, offset: range.startOffset };
        }
        return order;
      };
      expect(walk(true)).toEqual(['MaaS', '天数天算', '可灵', '全模态大模型', 'MaaS']);
      expect(walk(false)).toEqual(['全模态大模型', '可灵', '天数天算', 'MaaS', '全模态大模型']);
    } finally {
      Element.prototype.getClientRects = rendered;
    }
  });
});

describe('editors', () => {
  it('leaves a document in design mode alone', () => {
    document.designMode = 'on';
    try {
      build('<p id="x">天数天算与MaaS</p>');
      expect(annotator.counts().size).toBe(0);
      expect(visibility.watched.size).toBe(0);
    } finally {
      document.designMode = 'off';
    }
  });
});

describe('first occurrence only', () => {
  it('paints each term once, at its first place in the document, and hands over when that place goes', async () => {
    build('<p id="x">天数天算，MaaS</p><p id="y">天数天算与可灵</p><p id="z">MaaS与天数天算</p>', true);
    for (const id of ['x', 'y', 'z']) setNear(document.getElementById(id)!, true);
    expect(paintedTexts()).toEqual(['MaaS', '可灵', '天数天算']);
    expect(countsByForm()).toEqual({ 天数天算: 3, MaaS: 2, 可灵: 1 });
    document.getElementById('x')!.remove();
    await settle();
    const byParent = [...painted].map((r) => `${(r.startContainer.parentNode as Element).id}:${textOf(r)}`).sort();
    expect(byParent).toEqual(['y:可灵', 'y:天数天算', 'z:MaaS']);
  });
});

describe('open shadow roots', () => {
  it('reads the shadow tree and the host\'s own children, and tells the caller about the root', () => {
    document.body.innerHTML = '<div id="host">外面的MaaS</div><p>之后的可灵</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = '影子里的天数天算';
    shadow.append(inner, document.createElement('slot'));
    const roots: ShadowRoot[] = [];
    const collector = createBlockTextCollector(document.body, { onShadowRoot: (r) => roots.push(r) });
    const { runs, done } = collector.collect(Infinity);
    expect(done).toBe(true);
    expect(runs.map((r) => r.text).sort()).toEqual(['之后的可灵', '外面的MaaS', '影子里的天数天算']);
    expect(roots).toEqual([shadow]);
  });

  it('reads roots on custom elements and on an inline <span>, whose text joins the run around it only outside the root', () => {
    document.body.innerHTML = '<ul><li>列表里的MaaS</li></ul><news-card></news-card><p>前<span id="s"></span>后</p>';
    const card = document.querySelector('news-card')!.attachShadow({ mode: 'open' });
    card.append(Object.assign(document.createElement('p'), { textContent: '卡片里的可灵' }));
    document.getElementById('s')!.attachShadow({ mode: 'open' }).append('行内的全模态');
    const roots: ShadowRoot[] = [];
    const { runs } = createBlockTextCollector(document.body, { onShadowRoot: (r) => roots.push(r) }).collect(Infinity);
    expect(runs.map((r) => `${r.index}:${r.text}`).sort()).toEqual(['0:列表里的MaaS', '0:前', '0:卡片里的可灵', '0:行内的全模态', '1:后']);
    expect(roots).toHaveLength(2);
  });
});

describe('own-run reader', () => {
  it('joins text across inline elements, splits at a nested block, and counts runs by index', () => {
    document.body.innerHTML = '<div id="d"><b>一<i>二</i>三</b><p>四</p>五<b>六</b></div>';
    const { runs, done } = createOwnRunReader(document.getElementById('d')!).collect(Infinity);
    expect(done).toBe(true);
    expect(runs.map((r) => `${r.index}:${r.text}:${r.nodes.length}`)).toEqual(['0:一二三:3', '1:五六:2']);
  });

  it('reports a reading the page pulled away', () => {
    document.body.innerHTML = '<div id="d"><b>一<i>二</i>三</b><p>四</p>五</div>';
    const reader = createOwnRunReader(document.getElementById('d')!);
    expect(reader.collect(2)).toEqual({ runs: [], done: false }); // <b>, then 一
    document.querySelector('b')!.remove(); // the node the reading stands on leaves the page
    expect(reader.collect(100)).toEqual({ runs: [], done: false, lost: true });
  });
});

describe('changes inside skipped regions', () => {
  it('marks nothing the user types or pastes into an editor, nor text a script adds to <script> or a hidden element', async () => {
    build('<div contenteditable="true" id="editor"><p>起草</p></div><p hidden id="h">隐藏</p><p id="ok">正文</p>');
    const editor = document.getElementById('editor')!;
    (editor.firstElementChild!.firstChild as Text).appendData('全模态大模型'); // typing
    editor.append(Object.assign(document.createElement('p'), { textContent: '天数天算' })); // Enter, then typing
    editor.firstElementChild!.append(Object.assign(document.createElement('b'), { textContent: 'MaaS' })); // bold text
    document.getElementById('h')!.append(Object.assign(document.createElement('span'), { textContent: '可灵' }));
    document.body.append(Object.assign(document.createElement('script'), { textContent: '"全模态"' }));
    document.getElementById('ok')!.append('天数天算');
    await settle();
    expect(countsByForm()).toEqual({ 天数天算: 1 });
  });
});

describe('annotator: everyday forms, code and chips', () => {
  const forms = ['推理', 'GPU', '多模态', 'OpenAI', 'Anthropic'];
  const pageMatcher = () =>
    compileMatcher(
      forms.map((form, termIndex) => ({ form, termIndex, caseSensitive: true, sense: form === '推理', collocations: form === '推理' ? ['速度'] : undefined })),
      [],
    );
  const counts = () => Object.fromEntries([...annotator.counts()].map(([i, n]) => [forms[i], n]));

  it('marks an everyday form beside its collocation once a later block shows a technology term', () => {
    build('<p>推理速度很快。</p><p>他换了一块GPU。</p>', false, pageMatcher());
    expect(counts()).toEqual({ 推理: 1, GPU: 1 });
  });

  it('leaves it unmarked on a page that shows none', () => {
    build('<p>推理速度很快。</p><p>案子当天就破了。</p>', false, pageMatcher());
    expect(counts()).toEqual({});
  });

  it('marks Han forms in pre and code, Latin forms there not', () => {
    build('<pre>- 多模态 GPU</pre><p>调用<code>OpenAI</code>的多模态接口</p>', false, pageMatcher());
    expect(counts()).toEqual({ 多模态: 2 });
  });

  it('marks every chip of a row whose counts sit in their own inline elements', () => {
    build('<div><a>OpenAI<span>14</span></a><a>Anthropic<span>7</span></a></div>', false, pageMatcher());
    expect(counts()).toEqual({ OpenAI: 1, Anthropic: 1 });
  });
});

describe('annotator: the blocks on screen when the reader starts halfway down', () => {
  const scrolled = (onScreen: string) => () => {
    Object.defineProperty(window, 'scrollY', { value: 5 * window.innerHeight, configurable: true });
    document.elementFromPoint = () => document.getElementById(onScreen);
  };
  afterEach(() => {
    Reflect.deleteProperty(window, 'scrollY');
    Reflect.deleteProperty(document, 'elementFromPoint');
  });

  it('paints the block a hit test finds on screen before the observer reports it, and only that block', () => {
    build('<p id="a">全模态大模型</p><p id="b">天数天算与<i>可灵</i>上线</p><p id="c">MaaS</p>', false, matcher, scrolled('b'));
    expect(countsByForm()).toEqual({ 全模态大模型: 1, 天数天算: 1, 可灵: 1, MaaS: 1 });
    expect(paintedTexts()).toEqual(['可灵', '天数天算']);
    // The observer has the last word: #b reported far is taken out, #a reported near is painted.
    setNear(document.getElementById('b')!, false);
    setNear(document.getElementById('a')!, true);
    expect(paintedTexts()).toEqual(['全模态大模型']);
  });

  it('paints nothing before the observer reports when no hit test ran (at the top of the page)', () => {
    build('<p id="a">全模态大模型</p><p id="b">天数天算</p>');
    expect(countsByForm()).toEqual({ 全模态大模型: 1, 天数天算: 1 });
    expect(painted.size).toBe(0);
  });
});
